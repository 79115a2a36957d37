package org.throughcare.record;

import org.hl7.fhir.r4.model.Resource;

/**
 * A write about to be committed, after the new version is stored in the current transaction.
 *
 * @param interaction CREATE, UPDATE or DELETE
 * @param written the version written (a tombstone for a delete)
 * @param resource the resource written, or null for a delete
 * @param patientKeyBefore the patient of the version replaced, or null (new, or no patient)
 * @param patientKeyAfter the patient of the version written, or null
 * @param patientIdAfter the logical id of the patient after the write (or before, for a delete)
 * @param patientCreatedHere the patient after the write was created in the same unit of work (so its
 *     record cannot be frozen yet)
 */
public record RecordWrite(
        Interaction interaction,
        StoredResource written,
        Resource resource,
        Long patientKeyBefore,
        Long patientKeyAfter,
        String patientIdAfter,
        boolean patientCreatedHere) {}
