package org.throughcare.record;

/**
 * A resource version on its way out of the record.
 *
 * @param resource the stored version
 * @param patientKey the key of the Patient whose compartment it sits in (a Patient's own key), or
 *     null for resources that belong to no patient (Organization, Practitioner, ...)
 * @param patientId the logical id of that Patient, or null
 */
public record RecordEntry(StoredResource resource, Long patientKey, String patientId) {}
