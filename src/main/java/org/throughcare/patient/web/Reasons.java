package org.throughcare.patient.web;

import java.util.Map;

/** A reason typed by a member of staff (break-glass, a duplicate review): 10 to 500 characters. */
final class Reasons {

    static final int MIN = 10;
    static final int MAX = 500;

    private Reasons() {}

    /** The reason with the browser's line breaks (CR LF) made plain new lines, or null when blank. */
    static String text(String reason) {
        return PatientSearchForm.blankToNull(
                reason == null ? null : reason.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Puts the problem under the field, asking for it in the words given, unless it is 10 to 500 characters. */
    static void check(String reason, String field, String ask, Map<String, String> errors) {
        String why = text(reason);
        if (why == null || why.length() < MIN) {
            errors.put(field, ask + " (at least " + MIN + " characters)");
        } else if (why.length() > MAX) {
            errors.put(field, "The reason must be " + MAX + " characters or fewer");
        }
    }
}
