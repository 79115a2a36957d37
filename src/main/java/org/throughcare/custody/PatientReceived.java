package org.throughcare.custody;

import java.time.Instant;
import org.throughcare.shared.EstablishmentCode;

/**
 * A patient was received into an establishment: a new stay began (a new reception, a transfer in,
 * or a return to another establishment). Published once per stay, inside the transaction that
 * records it, while the movement's internal job is the caller.
 *
 * @param patientId the patient
 * @param establishment where they were received
 * @param stayId the Encounter of the stay
 * @param admittedBy how they came
 * @param at when they arrived
 */
public record PatientReceived(
        String patientId, EstablishmentCode establishment, String stayId, MovementKind admittedBy, Instant at) {}
