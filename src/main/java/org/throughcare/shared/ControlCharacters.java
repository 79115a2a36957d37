package org.throughcare.shared;

/**
 * The control characters FHIR text may not hold: all below U+0020 except tab, carriage return and
 * line feed (R4 datatypes, string). Nothing stored holds them, so neither may a search or a query.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** A plain loop: every text element of every write passes through here. */
    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }
}
