package org.throughcare.patient;

/**
 * Two records were made one (or, with {@code undone}, a merge was undone). Published inside the
 * merge's transaction, so modules keeping their own patient-keyed data (custody's movements) can
 * follow it before it commits.
 *
 * @param sourceId the record merged away (active again when undone)
 * @param targetId the record kept
 * @param undone true for an unmerge
 */
public record PatientsMerged(String sourceId, String targetId, boolean undone) {}
