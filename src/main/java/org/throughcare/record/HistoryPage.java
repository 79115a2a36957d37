package org.throughcare.record;

import java.util.List;

/**
 * One page of history, newest first.
 *
 * @param entries the versions on this page (a deleted version has no JSON)
 * @param nextPageToken the token for the following page, or null on the last page
 */
public record HistoryPage(List<StoredResource> entries, String nextPageToken) {}
