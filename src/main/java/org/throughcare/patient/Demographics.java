package org.throughcare.patient;

import java.time.LocalDate;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Who a person says they are, or what the prison service or PDS says: identifiers where known
 * (each may be null), names, date of birth and sex. Patient data: never logged.
 *
 * @param nhsNumber the NHS number, or null when not known (many people arrive without one)
 * @param prisonNumber the NOMIS prison number, or null
 * @param homeOfficeReference the Home Office reference (immigration detention), or null
 * @param family the family name
 * @param given the first given name
 * @param birthDate the date of birth, or null when not known
 * @param sex administrative sex
 */
public record Demographics(
        NhsNumber nhsNumber,
        PrisonNumber prisonNumber,
        HomeOfficeReference homeOfficeReference,
        String family,
        String given,
        LocalDate birthDate,
        Sex sex) {

    public Demographics {
        family = required(family, "family name");
        given = required(given, "given name");
        sex = sex == null ? Sex.UNKNOWN : sex;
    }

    private static String required(String name, String what) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException(what + " must be 1 to 100 characters");
        }
        return name.trim();
    }

    @Override
    public String toString() {
        return "Demographics[withheld]";
    }
}
