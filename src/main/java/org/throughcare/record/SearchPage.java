package org.throughcare.record;

import java.util.List;

/**
 * One page of search results.
 *
 * @param type the resource type searched
 * @param matches the resources that matched, in order
 * @param included resources added by _include, _revinclude or $everything's references
 * @param total the number of matches, or null when not counted
 * @param query the parameters the search actually used, for the self link
 * @param firstPage token of the first page, or null when there is only one page
 * @param previousPage token of the previous page, or null
 * @param nextPage token of the next page, or null on the last page
 * @param warnings parameters that were ignored and other things the client should know
 */
public record SearchPage(
        String type,
        List<StoredResource> matches,
        List<StoredResource> included,
        Integer total,
        String query,
        String firstPage,
        String previousPage,
        String nextPage,
        List<Issue> warnings) {}
