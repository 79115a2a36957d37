package org.throughcare.fhir;

/**
 * An exception's class and stack without its message, for logging: messages from parsers and the
 * database can quote the data that caused them, and patient data never goes into logs.
 */
final class Redacted extends RuntimeException {

    private Redacted(Throwable original) {
        super(original.getClass().getName(), original.getCause() == null ? null : of(original.getCause()));
        setStackTrace(original.getStackTrace());
    }

    static Redacted of(Throwable original) {
        return new Redacted(original);
    }
}
