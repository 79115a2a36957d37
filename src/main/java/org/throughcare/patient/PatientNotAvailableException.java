package org.throughcare.patient;

/**
 * The patient's record is not available to the caller: it does not exist, or it is outside their
 * care relationships. The two are deliberately indistinguishable. The message names no patient.
 */
public class PatientNotAvailableException extends RuntimeException {

    public PatientNotAvailableException() {
        super("The record is not available");
    }
}
