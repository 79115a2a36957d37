package org.throughcare.record.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which text is indexed and searched: FHIR string search is case- and
 * accent-insensitive by default, so "Zoë" and "ZOE" are both stored and searched as "zoe".
 */
public final class SearchText {

    /** Long values are indexed by their first characters; btree entries have a size limit. */
    static final int INDEXED_LENGTH = 200;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {}

    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return limit(plain);
    }

    public static String limit(String text) {
        return text.length() <= INDEXED_LENGTH ? text : text.substring(0, INDEXED_LENGTH);
    }
}
