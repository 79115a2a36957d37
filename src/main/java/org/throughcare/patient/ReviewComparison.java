package org.throughcare.patient;

/**
 * A duplicate review as the reviewer sees it: the two records side by side, demographics and
 * identifiers only (never clinical entries), and what matching said of them.
 *
 * @param review the review, open or decided
 * @param received the record received (merged away on "same person")
 * @param candidate the earlier record it may duplicate (kept on "same person")
 */
public record ReviewComparison(IdentityReview review, PatientHeadline received, PatientHeadline candidate) {

    /** Whether it is still to be decided. */
    public boolean open() {
        return review.decision() == null;
    }

    /** The record to open after the decision: the one kept. */
    public String keptId() {
        return IdentityReviews.keptOf(review);
    }
}
