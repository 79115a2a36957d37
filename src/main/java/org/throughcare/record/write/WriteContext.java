package org.throughcare.record.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.index.ResourceIndex;
import org.throughcare.record.store.ResourceRow;

/**
 * The state of one database transaction that writes resources: its single timestamp (every
 * version it writes has the same lastUpdated), keys reserved for resources it creates (so entries
 * can refer to each other before they are stored), keys of references already resolved, index rows
 * waiting to be written in one statement, and the resources it deleted.
 */
public final class WriteContext {

    private final Instant now;
    private final Map<LocalReference, Long> reserved = new HashMap<>();
    private final Map<LocalReference, Long> resolved = new HashMap<>();
    private final List<ResourceIndex> pendingIndexes = new ArrayList<>();
    private final Set<LocalReference> deleted = new LinkedHashSet<>();
    private final List<ResourceRow> created = new ArrayList<>();
    private final Map<Long, String> unflushedPatients = new HashMap<>();

    public WriteContext(Instant now) {
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    /** Reserves a key for a resource this transaction will create. */
    public void reserve(LocalReference reference, long resPk) {
        reserved.put(reference, resPk);
    }

    Long reservedKey(LocalReference reference) {
        return reserved.get(reference);
    }

    /** The key of a resource known to this transaction (reserved, or existing and resolved), or null. */
    Long keyOf(LocalReference reference) {
        Long key = reserved.get(reference);
        return key != null ? key : resolved.get(reference);
    }

    void resolved(LocalReference reference, long resPk) {
        resolved.put(reference, resPk);
        deleted.remove(reference);
    }

    void deletedHere(LocalReference reference) {
        resolved.remove(reference);
        deleted.add(reference);
    }

    boolean isDeletedHere(LocalReference reference) {
        return deleted.contains(reference);
    }

    Set<LocalReference> deletedResources() {
        return deleted;
    }

    void addCreated(ResourceRow row) {
        created.add(row);
        if ("Patient".equals(row.type())) {
            unflushedPatients.put(row.resPk(), row.id());
        }
    }

    /**
     * The id of a Patient created in this unit of work whose row is not inserted yet (new rows are
     * inserted together at the flush), or null: so entries written with their new patient name it.
     */
    String unflushedPatientId(Long patientKey) {
        return patientKey == null ? null : unflushedPatients.get(patientKey);
    }

    List<ResourceRow> takeCreated() {
        List<ResourceRow> taken = List.copyOf(created);
        created.clear();
        unflushedPatients.clear();
        return taken;
    }

    void addIndex(ResourceIndex index) {
        pendingIndexes.add(index);
    }

    List<ResourceIndex> takePendingIndexes() {
        List<ResourceIndex> taken = List.copyOf(pendingIndexes);
        pendingIndexes.clear();
        return taken;
    }
}
