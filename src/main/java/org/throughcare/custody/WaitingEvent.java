package org.throughcare.custody;

import java.time.Instant;

/**
 * A prison service event waiting for a person: its prison number is on no record yet
 * ({@code unknown-prisoner}), its establishment is not known ({@code unknown-establishment}), or
 * its reason is not one we understand ({@code unrecognised}). Once handled, its state says what
 * became of it ({@code recorded} ...) and {@code patientId} names the record it was applied to.
 */
public record WaitingEvent(
        String key,
        String type,
        String prisonNumber,
        String establishment,
        String reason,
        Instant occurredAt,
        String state,
        String patientId) {

    /** Still waiting because nobody has a record with its prison number. */
    public boolean unknownPrisoner() {
        return "unknown-prisoner".equals(state);
    }
}
