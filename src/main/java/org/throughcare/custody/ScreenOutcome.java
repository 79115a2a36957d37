package org.throughcare.custody;

import java.util.List;

/**
 * What completing a screen or assessment recorded.
 *
 * @param responseId the QuestionnaireResponse
 * @param created the resources its answers made (conditions, allergies, alerts, referrals ...)
 * @param routedTo where the patient goes first (first night centre, detox unit ...), or null
 */
public record ScreenOutcome(String responseId, List<String> created, String routedTo) {

    public ScreenOutcome {
        created = List.copyOf(created);
    }
}
