package org.throughcare.patient;

/**
 * What a merge or unmerge did.
 *
 * @param provenanceId the Provenance recording it (an unmerge names the merge's in its entity)
 * @param sourceId the record merged away (inactive after a merge, active again after an unmerge)
 * @param targetId the record kept
 * @param moved how many resources were pointed from one record to the other
 */
public record MergeOutcome(String provenanceId, String sourceId, String targetId, int moved) {}
