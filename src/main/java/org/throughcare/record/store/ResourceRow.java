package org.throughcare.record.store;

import java.time.Instant;
import org.throughcare.record.StoredResource;

/** A row of the resource or resource_history table. {@code resPk} is the store's internal key. */
public record ResourceRow(
        long resPk,
        String type,
        String id,
        int version,
        boolean deleted,
        Instant lastUpdated,
        Long patientPk,
        String json) {

    public StoredResource toStored() {
        return new StoredResource(type, id, version, lastUpdated, deleted, json);
    }
}
