package org.throughcare.record.search;

import java.util.UUID;

/** The page tokens of the first, previous and next pages of a snapshot; all null when there is one page. */
record PageLinks(String first, String previous, String next) {

    static PageLinks of(UUID snapshot, int from, int to, int size, int count) {
        if (snapshot == null) {
            return new PageLinks(null, null, null);
        }
        return new PageLinks(
                new PageToken(snapshot, 0, count).text(),
                from == 0 ? null : new PageToken(snapshot, Math.max(0, from - count), count).text(),
                to >= size ? null : new PageToken(snapshot, to, count).text());
    }
}
