package org.throughcare.record.access;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordAccessGuard;
import org.throughcare.record.RecordException;
import org.throughcare.record.StoredResource;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;

/**
 * Single-resource reads through the access guard. A resource outside what the caller may see gets
 * exactly the answer a resource that never existed gets (and a deleted one the same, not 410), so
 * a refusal never tells whether the record exists.
 */
@Component
public class GuardedReads {

    private final ResourceTable table;
    private final RecordAccessGuard guard;
    private final PatientIds patientIds;

    GuardedReads(ResourceTable table, RecordAccessGuard guard, PatientIds patientIds) {
        this.table = table;
        this.guard = guard;
        this.patientIds = patientIds;
    }

    /** The current version; NOT_FOUND when absent or not visible, GONE when deleted. */
    public StoredResource current(String type, String id) {
        RecordAccess access = guard.open(Interaction.READ, type);
        return released(access, table.current(type, id), type + "/" + id);
    }

    /** One version; NOT_FOUND when absent or not visible, GONE when a tombstone. */
    public StoredResource version(String type, String id, int version) {
        RecordAccess access = guard.open(Interaction.VREAD, type);
        return released(access, table.version(type, id, version), type + "/" + id + "/_history/" + version);
    }

    /**
     * Refuses with NOT_FOUND unless the resource exists (perhaps deleted) and the caller may see
     * it, as a history of one instance needs.
     */
    public void requireVisible(RecordAccess access, String type, String id) {
        String reference = type + "/" + id;
        ResourceRow row = table.current(type, id).orElseThrow(() -> RecordException.notFound(reference));
        access.release(patientIds.entry(row)).orElseThrow(() -> RecordException.notFound(reference));
    }

    private StoredResource released(RecordAccess access, Optional<ResourceRow> found, String reference) {
        ResourceRow row = found.orElseThrow(() -> RecordException.notFound(reference));
        StoredResource stored =
                access.release(patientIds.entry(row)).orElseThrow(() -> RecordException.notFound(reference));
        access.complete();
        if (row.deleted()) {
            throw RecordException.gone(reference);
        }
        return stored;
    }
}
