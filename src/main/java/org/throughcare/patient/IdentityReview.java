package org.throughcare.patient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pair of records that may belong to one person, for a person to decide.
 *
 * @param id the review
 * @param patientId the record received
 * @param candidateId the record it may duplicate
 * @param score matching's score, or null when raised because identifiers disagree
 * @param reasons why, as matching gave it
 * @param raisedAt when
 * @param raisedBy who or what received the patient
 * @param decision {@code same-person}, {@code different-people}, or null while open
 * @param decidedBy who decided, or null
 */
public record IdentityReview(
        UUID id,
        String patientId,
        String candidateId,
        Double score,
        List<String> reasons,
        Instant raisedAt,
        String raisedBy,
        String decision,
        String decidedBy) {

    public IdentityReview {
        reasons = List.copyOf(reasons);
    }
}
