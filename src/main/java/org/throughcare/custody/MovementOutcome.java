package org.throughcare.custody;

/**
 * What recording a movement did.
 *
 * @param patientId the patient
 * @param movementId the movement recorded, or null when it had been recorded before
 * @param outcome recorded, or a repeat of one already recorded (which changes nothing)
 */
public record MovementOutcome(String patientId, String movementId, Outcome outcome) {

    /** Whether the movement was new. */
    public enum Outcome {
        RECORDED,
        DUPLICATE
    }
}
