package org.throughcare.custody.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks the custody forms share, in the design system's words. */
final class FormText {

    static final int MAX_NOTE = 1000;
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.-]{0,99}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");

    private FormText() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A required name of letters, spaces, hyphens and apostrophes. */
    static String name(String value, String field, String label, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            errors.put(field, "Enter the " + label.toLowerCase(java.util.Locale.UK));
        } else if (!NAME.matcher(text).matches()) {
            errors.put(field, label + " must only include letters, spaces, hyphens and apostrophes");
            return null;
        }
        return text;
    }

    /** A name as {@link #name}, or null when left blank. */
    static String optionalName(String value, String field, String label, Map<String, String> errors) {
        return blankToNull(value) == null ? null : name(value, field, label, errors);
    }

    /** A free-text note of at most 1,000 characters, or null. */
    static String note(String value, String field, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_NOTE) {
            errors.put(field, "Note must be 1,000 characters or fewer");
            return null;
        }
        return text;
    }

    /** A date typed as day, month and year; null when all three are blank. */
    static LocalDate date(String d, String m, String y, String field, String label, Map<String, String> errors) {
        if (blankToNull(d) == null && blankToNull(m) == null && blankToNull(y) == null) {
            return null;
        }
        if (blankToNull(d) == null || blankToNull(m) == null || blankToNull(y) == null) {
            errors.put(field, label + " must include a day, month and year");
            return null;
        }
        try {
            if (!DIGITS.matcher(d.strip()).matches()
                    || !DIGITS.matcher(m.strip()).matches()
                    || y.strip().length() != 4) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(Integer.parseInt(y.strip()), Integer.parseInt(m.strip()), Integer.parseInt(d.strip()));
        } catch (DateTimeException | NumberFormatException e) {
            errors.put(field, label + " must be a real date");
            return null;
        }
    }
}
