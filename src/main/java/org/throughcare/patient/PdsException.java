package org.throughcare.patient;

/**
 * The Personal Demographics Service could not answer. The message names the reason and PDS's own
 * error code, never the person asked about.
 */
public class PdsException extends RuntimeException {

    /** Why. */
    public enum Kind {
        /** No PDS endpoint is configured: identities are recorded by hand. */
        NOT_CONFIGURED,
        /** PDS did not answer in time, or answered with a server error. */
        UNAVAILABLE,
        /** PDS refused the query (for example too many matches, or an invalid NHS number). */
        REFUSED
    }

    private final Kind kind;

    public PdsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
