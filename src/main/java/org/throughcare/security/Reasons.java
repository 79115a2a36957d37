package org.throughcare.security;

import org.throughcare.record.RecordException;

/** Free text a person types (a break-glass reason, a review note): trimmed, bounded, no control characters. */
final class Reasons {
    private Reasons() {}

    static String require(String reason) {
        String text = optional(reason);
        if (text == null || text.length() < 10) {
            throw RecordException.invalid("State the reason (at least 10 characters)");
        }
        return text;
    }

    static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > 500 || trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw RecordException.invalid("The text must be at most 500 characters, without control characters");
        }
        return trimmed;
    }
}
