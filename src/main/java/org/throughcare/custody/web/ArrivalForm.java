package org.throughcare.custody.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.throughcare.custody.Coded;
import org.throughcare.custody.MovementKind;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.HomeOfficeReference;
import org.throughcare.patient.Sex;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.web.FormFields;

/**
 * "Record an arrival" as typed, posted in the body. {@link #check} turns it into the person and
 * how they came, or into a message for each field to fix. {@code key} is the form's own random
 * token: posting the same form twice records one arrival.
 */
public record ArrivalForm(
        String key,
        String kind,
        String nhsNumber,
        String prisonNumber,
        String homeOfficeReference,
        String family,
        String given,
        String day,
        String month,
        String year,
        String sex) {

    /** The ways into an establishment a member of staff records here. */
    static final java.util.List<MovementKind> KINDS = java.util.Arrays.stream(MovementKind.values())
            .filter(k -> k.direction() == MovementKind.Direction.IN)
            .toList();

    /** The person and how they came, or the problems keyed by the id of the field to fix (page order). */
    public Checked check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        MovementKind movement = kind(errors);
        NhsNumber nhs = FormFields.nhsNumber(nhsNumber, "nhs-number", errors);
        PrisonNumber prison = prison(errors);
        HomeOfficeReference homeOffice = homeOffice(errors);
        String familyName = FormText.name(family, "family", "Family name", errors);
        String givenName = FormText.name(given, "given", "Given name", errors);
        LocalDate born = FormText.date(day, month, year, "birth-day", "Date of birth", errors);
        if (born != null && born.isAfter(today)) {
            errors.put("birth-day", "Date of birth must be in the past");
        }
        Sex administrativeSex = sex(errors);
        if (!errors.isEmpty()) {
            return new Checked(null, null, errors);
        }
        return new Checked(
                new Demographics(nhs, prison, homeOffice, familyName, givenName, born, administrativeSex),
                movement,
                errors);
    }

    private MovementKind kind(Map<String, String> errors) {
        MovementKind found = Coded.find(MovementKind.class, FormText.blankToNull(kind) == null ? "" : kind.strip())
                .filter(KINDS::contains)
                .orElse(null);
        if (found == null) {
            errors.put("kind", "Select how the patient arrived");
        }
        return found;
    }

    private PrisonNumber prison(Map<String, String> errors) {
        String text = FormText.blankToNull(prisonNumber);
        if (text != null && !PrisonNumber.isValid(text.toUpperCase(java.util.Locale.ROOT))) {
            errors.put("prison-number", "Prison number must be 1 letter, 4 numbers and 2 letters, like A1234BC");
            return null;
        }
        return text == null ? null : PrisonNumber.of(text);
    }

    private HomeOfficeReference homeOffice(Map<String, String> errors) {
        String text = FormText.blankToNull(homeOfficeReference);
        try {
            return text == null ? null : HomeOfficeReference.of(text);
        } catch (IllegalArgumentException e) {
            errors.put("home-office-reference", "Home Office reference must be 4 to 20 letters, numbers, / or -");
            return null;
        }
    }

    private Sex sex(Map<String, String> errors) {
        try {
            return Sex.ofCode(FormText.blankToNull(sex) == null ? "" : sex.strip());
        } catch (IllegalArgumentException e) {
            errors.put("sex", "Select the patient’s sex, or not known");
            return null;
        }
    }

    /** The same person with the prison number given by someone else (the prison service's event). */
    ArrivalForm withPrisonNumber(String number) {
        return new ArrivalForm(key, kind, nhsNumber, number, homeOfficeReference, family, given, day, month, year, sex);
    }

    /** The outcome of checking: the person and movement when there are no errors. */
    public record Checked(Demographics person, MovementKind kind, Map<String, String> errors) {}
}
