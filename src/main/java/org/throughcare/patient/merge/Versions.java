package org.throughcare.patient.merge;

import org.hl7.fhir.r4.model.Resource;
import org.throughcare.record.RecordService;

/** Updates guarded by the version read, so no concurrent change is silently overwritten. */
final class Versions {

    private Versions() {}

    /** Writes the resource as a new version of the one it was read as; its versioned reference. */
    static String update(RecordService record, Resource resource) {
        String id = resource.getIdElement().getIdPart();
        Integer version = Integer.valueOf(resource.getMeta().getVersionId());
        return record.update(resource, id, version).resource().versionedReference();
    }
}
