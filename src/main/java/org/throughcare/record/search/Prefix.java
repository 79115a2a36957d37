package org.throughcare.record.search;

import org.throughcare.record.RecordException;

/** The comparison prefixes of number, date and quantity parameters (FHIR R4 search 3.1.1.4.1). */
enum Prefix {
    EQ,
    NE,
    GT,
    LT,
    GE,
    LE,
    SA,
    EB,
    AP;

    /** The prefix at the start of a value, or EQ when the value starts with a digit or sign. */
    static Prefix of(String value) {
        if (value.length() >= 2 && Character.isLetter(value.charAt(0)) && Character.isLetter(value.charAt(1))) {
            try {
                return valueOf(value.substring(0, 2).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw RecordException.invalid(
                        "'" + value.substring(0, 2) + "' is not a search prefix (eq, ne, gt, lt, ge, le, sa, eb, ap)");
            }
        }
        return EQ;
    }

    /** The value without its prefix. */
    static String strip(String value) {
        return of(value) == EQ && !value.regionMatches(true, 0, "eq", 0, 2) ? value : value.substring(2);
    }
}
