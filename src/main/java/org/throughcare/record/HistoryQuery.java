package org.throughcare.record;

import java.time.Instant;

/**
 * A request for history: of one resource (type and id), of a type (id null) or of the whole
 * system (both null).
 *
 * @param since only versions written at or after this instant, or null
 * @param count the page size
 * @param pageToken the token from a previous page's next link, or null for the first page
 */
public record HistoryQuery(String type, String id, Instant since, int count, String pageToken) {}
