package org.throughcare.security;

import java.time.Instant;
import java.util.UUID;

/**
 * Emergency access by one clinician to one patient outside their care relationships, for a stated
 * reason and a limited time, and the Caldicott guardian's review of it.
 *
 * @param outcome null until reviewed; then appropriate, inappropriate or follow-up
 */
public record BreakGlassGrant(
        UUID id,
        String username,
        String role,
        String patientId,
        String reason,
        Instant grantedAt,
        Instant expiresAt,
        Instant reviewedAt,
        String reviewer,
        String outcome,
        String reviewNote) {

    /** The outcomes a reviewer may record. */
    public static final java.util.Set<String> OUTCOMES = java.util.Set.of("appropriate", "inappropriate", "follow-up");
}
