package org.throughcare.custody;

import java.time.Instant;
import java.util.Objects;
import org.throughcare.shared.EstablishmentCode;

/**
 * One movement as recorded: who, what, where and when it happened (not when we heard of it).
 *
 * @param id the movement's own id (it names the episode, stay or absence it starts); ignored when a
 *     movement is recorded: the journal gives each a new time-ordered id
 * @param patientId the patient
 * @param kind what happened
 * @param establishment the establishment it happened at (received into, released from ...)
 * @param occurredAt when it happened
 * @param destination where they went, for court, hospital and temporary release (free text), or null
 */
public record Movement(
        String id,
        String patientId,
        MovementKind kind,
        EstablishmentCode establishment,
        Instant occurredAt,
        String destination) {

    public Movement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (destination != null && (destination.isBlank() || destination.length() > 200)) {
            throw new IllegalArgumentException("destination must be 1 to 200 characters");
        }
    }
}
