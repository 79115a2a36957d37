package org.throughcare.fhir;

import java.util.List;
import org.throughcare.record.StoredResource;

/**
 * A Bundle to send (history or searchset) before it is encoded, holding stored resources so that
 * plain JSON can be written without parsing them.
 */
record BundlePage(String type, Integer total, List<Link> links, List<Entry> entries) {

    record Link(String relation, String url) {}

    /**
     * One entry.
     *
     * @param resource the stored version; a deleted one carries no JSON
     * @param request method and URL, for history entries (null otherwise)
     * @param searchMode match or include, for searchset entries (null otherwise)
     */
    record Entry(String fullUrl, StoredResource resource, EntryRequest request, String searchMode) {}

    record EntryRequest(String method, String url) {}
}
