package org.throughcare.record;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A bulk export as asked for (FHIR Bulk Data Access v2).
 *
 * @param level system, patient (every patient's compartment) or group (the members of a Group)
 * @param groupId the Group's id for a group-level export, else null
 * @param types the resource types wanted; empty for all
 * @param since only resources changed at or after this instant, or null
 * @param typeFilters {@code Type?search} criteria narrowing what is exported of a type
 * @param requester who asked; only they may read the status and the files
 * @param requestUrl the kick-off URL, echoed in the manifest
 */
public record ExportRequest(
        Level level,
        String groupId,
        Set<String> types,
        Instant since,
        List<String> typeFilters,
        String requester,
        String requestUrl) {

    public ExportRequest {
        types = Set.copyOf(types);
        typeFilters = List.copyOf(typeFilters);
    }

    /** What the export is of. */
    public enum Level {
        SYSTEM,
        PATIENT,
        GROUP
    }
}
