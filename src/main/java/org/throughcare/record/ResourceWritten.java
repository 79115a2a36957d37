package org.throughcare.record;

import org.hl7.fhir.r4.model.Resource;

/**
 * A resource version was written. Published synchronously inside the writing transaction, so
 * read models kept by listeners (such as the care relationships security checks) change
 * atomically with the record; a listener that throws rolls the write back.
 *
 * @param stored the version written (a tombstone when deleted)
 * @param resource the resource written, or null when deleted
 * @param patientKey the key of the patient whose compartment it sits in, or null
 * @param patientId the logical id of that patient, or null
 */
public record ResourceWritten(StoredResource stored, Resource resource, Long patientKey, String patientId) {

    /**
     * The resource's first version: no earlier version existed (a deleted resource written again
     * goes on from its tombstone's version), so nothing was projected from it before.
     */
    public boolean isFirstVersion() {
        return stored.version() == 1;
    }
}
