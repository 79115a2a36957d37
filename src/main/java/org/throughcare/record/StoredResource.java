package org.throughcare.record;

import java.time.Instant;

/**
 * One version of a resource as the store holds it. {@code json} is the stored JSON, served to
 * clients as it is; it is null for a deleted version (a tombstone).
 */
public record StoredResource(String type, String id, int version, Instant lastUpdated, boolean deleted, String json) {

    /** The relative versioned reference, {@code Type/id/_history/n}. */
    public String versionedReference() {
        return type + "/" + id + "/_history/" + version;
    }

    /** The relative reference, {@code Type/id}. */
    public String reference() {
        return type + "/" + id;
    }
}
