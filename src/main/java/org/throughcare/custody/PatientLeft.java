package org.throughcare.custody;

import java.time.Instant;
import org.throughcare.shared.EstablishmentCode;

/**
 * A patient's stay at an establishment ended: transferred out, released or died. Published once per
 * stay, inside the transaction that records it.
 */
public record PatientLeft(
        String patientId, EstablishmentCode establishment, String stayId, MovementKind leftBy, Instant at) {}
