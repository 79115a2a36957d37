package org.throughcare.record.search;

/** Escapes text for a LIKE pattern, so a search for "50%" means those characters. */
final class Like {

    private Like() {}

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
