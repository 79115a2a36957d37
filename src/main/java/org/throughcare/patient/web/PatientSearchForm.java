package org.throughcare.patient.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.throughcare.patient.PatientQuery;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.web.FormFields;

/**
 * The patient search form as typed, posted in the request body (never the URL). {@link #check}
 * turns it into a query or into messages for each field, in the design system's words.
 */
public record PatientSearchForm(
        String family, String given, String day, String month, String year, String nhsNumber, String prisonNumber) {

    static final int MAX_NAME = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.-]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    /** The query, or the problems keyed by the id of the field to fix (in page order). */
    public Checked check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String familyName = name(family, "family", "Family name", errors);
        String givenName = name(given, "given", "Given name", errors);
        LocalDate born = birthDate(today, errors);
        NhsNumber nhs = FormFields.nhsNumber(nhsNumber, "nhs-number", errors);
        PrisonNumber prison = prison(errors);
        PatientQuery query = new PatientQuery(familyName, givenName, born, nhs, prison);
        if (errors.isEmpty() && query.isEmpty()) {
            errors.put("family", "Enter a name, date of birth, NHS number or prison number");
        }
        return new Checked(errors.isEmpty() ? query : null, errors);
    }

    private static String name(String value, String field, String label, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text != null && (text.length() > MAX_NAME || !NAME.matcher(text).matches())) {
            errors.put(field, label + " must only include letters, spaces, hyphens and apostrophes");
            return null;
        }
        return text;
    }

    private LocalDate birthDate(LocalDate today, Map<String, String> errors) {
        String d = blankToNull(day);
        String m = blankToNull(month);
        String y = blankToNull(year);
        if (d == null && m == null && y == null) {
            return null;
        }
        if (d == null || m == null || y == null) {
            errors.put("birth-day", "Date of birth must include a day, month and year");
            return null;
        }
        try {
            if (!NUMBER.matcher(d).matches() || !NUMBER.matcher(m).matches() || y.length() != 4) {
                throw new DateTimeException("not numbers");
            }
            LocalDate born = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (born.isAfter(today)) {
                errors.put("birth-day", "Date of birth must be in the past");
                return null;
            }
            return born;
        } catch (DateTimeException | NumberFormatException e) {
            errors.put("birth-day", "Date of birth must be a real date");
            return null;
        }
    }

    private PrisonNumber prison(Map<String, String> errors) {
        String text = blankToNull(prisonNumber);
        if (text == null) {
            return null;
        }
        try {
            return PrisonNumber.of(text);
        } catch (IllegalArgumentException e) {
            errors.put("prison-number", "Prison number must be 1 letter, 4 numbers and 2 letters, like A1234BC");
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The outcome of checking: a query when there are no errors. */
    public record Checked(PatientQuery query, Map<String, String> errors) {}
}
