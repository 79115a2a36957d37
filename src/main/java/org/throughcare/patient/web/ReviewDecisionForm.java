package org.throughcare.patient.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.throughcare.patient.IdentityReviews;

/**
 * A reviewer's decision on a possible duplicate, as posted: same person or different people, and
 * why (10 to 500 characters, kept with the decision and, on a merge, in its Provenance).
 */
public record ReviewDecisionForm(String decision, String reason) {

    /** Problems keyed by field id, in page order; empty when the decision can be recorded. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (decided() == null) {
            errors.put("decision", "Select whether these records are the same person or different people");
        }
        Reasons.check(reason, "reason", "Enter why you decided this", errors);
        return errors;
    }

    /** The decision, or null when none of the two was chosen. */
    IdentityReviews.Decision decided() {
        return IdentityReviews.Decision.find(decision).orElse(null);
    }

    String reasonText() {
        return Reasons.text(reason);
    }
}
