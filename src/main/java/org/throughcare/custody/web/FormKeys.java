package org.throughcare.custody.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.throughcare.record.RecordException;

/**
 * Each custody form carries a random key. What it recorded is kept in the session under that key,
 * so a second post of the same form (a double click, a reload) records nothing more, and the page
 * after it is named by the key, never by patient data.
 */
final class FormKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");
    private static final String PREFIX = "custody.form.";

    private FormKeys() {}

    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The key as posted; refused unless it is one this application could have made. */
    static String require(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw RecordException.invalid("The form has expired: start again");
        }
        return key;
    }

    static Optional<FormOutcome> done(HttpSession session, String key) {
        return key != null && KEY.matcher(key).matches() && session.getAttribute(PREFIX + key) instanceof FormOutcome o
                ? Optional.of(o)
                : Optional.empty();
    }

    static void remember(HttpSession session, String key, FormOutcome outcome) {
        session.setAttribute(PREFIX + key, outcome);
    }
}
