package org.throughcare.patient;

import java.time.LocalDate;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * What a member of staff searches by; null parts are not used. Names match from the start of the
 * name, ignoring case and accents; numbers and the date of birth match exactly.
 */
public record PatientQuery(
        String familyName, String givenName, LocalDate birthDate, NhsNumber nhsNumber, PrisonNumber prisonNumber) {

    public boolean isEmpty() {
        return familyName == null
                && givenName == null
                && birthDate == null
                && nhsNumber == null
                && prisonNumber == null;
    }

    /** True when a number was given: a miss then may be a patient outside the relationship. */
    public boolean byNumber() {
        return nhsNumber != null || prisonNumber != null;
    }
}
