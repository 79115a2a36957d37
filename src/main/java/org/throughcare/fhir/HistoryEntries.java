package org.throughcare.fhir;

import java.util.List;
import org.throughcare.record.HistoryPage;
import org.throughcare.record.StoredResource;

/** History versions as Bundle entries, with the request that made each version. */
final class HistoryEntries {

    private HistoryEntries() {}

    static List<BundlePage.Entry> of(HistoryPage page, String baseUrl) {
        return page.entries().stream()
                .map(stored -> new BundlePage.Entry(baseUrl + "/" + stored.reference(), stored, request(stored), null))
                .toList();
    }

    /** A first version was a create (POST), a tombstone a DELETE, anything else an update (PUT). */
    private static BundlePage.EntryRequest request(StoredResource stored) {
        if (stored.deleted()) {
            return new BundlePage.EntryRequest("DELETE", stored.reference());
        }
        if (stored.version() == 1) {
            return new BundlePage.EntryRequest("POST", stored.type());
        }
        return new BundlePage.EntryRequest("PUT", stored.reference());
    }

    static String status(StoredResource stored) {
        if (stored.deleted()) {
            return "204 No Content";
        }
        return stored.version() == 1 ? "201 Created" : "200 OK";
    }
}
