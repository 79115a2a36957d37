package org.throughcare.patient;

import java.util.List;

/**
 * How a person received was identified.
 *
 * @param patientId the record now theirs
 * @param basis how it was found, or that it is new
 * @param possibleDuplicates records put to review as possibly the same person (a new record only)
 */
public record Identification(String patientId, Basis basis, List<MatchCandidate> possibleDuplicates) {

    public Identification {
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    /** How the record was found. */
    public enum Basis {
        NHS_NUMBER,
        PRISON_NUMBER,
        HOME_OFFICE_REFERENCE,
        /** No identifier matched: a new record, with any possible duplicates queued for review. */
        NEW_RECORD
    }
}
