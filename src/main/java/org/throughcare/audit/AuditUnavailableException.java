package org.throughcare.audit;

/**
 * The audit could not be written, so the access it records must not happen: the request fails
 * rather than return data nobody will know was seen.
 */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException() {
        super("The audit log could not be written", null, false, false);
    }
}
