package org.throughcare.record.search;

import java.util.List;
import org.throughcare.record.Issue;

/**
 * A search understood: what matches, in what order, what to include, how many per page.
 *
 * @param query the parameters used, re-encoded, for the self link and for later pages
 * @param patient the id of the one patient every match must belong to, or null
 */
record ParsedSearch(
        String type,
        List<Criterion> criteria,
        List<SortKey> sort,
        List<Include> includes,
        List<Include> revincludes,
        int count,
        Total total,
        boolean countOnly,
        List<Issue> warnings,
        String query,
        String patient) {

    /** {@code _total}: whether and how to count all matches. */
    enum Total {
        NONE,
        ESTIMATE,
        ACCURATE,
        DEFAULT
    }
}
