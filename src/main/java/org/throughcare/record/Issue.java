package org.throughcare.record;

/**
 * One problem found with a request, shaped like a FHIR OperationOutcome issue.
 *
 * @param severity fatal, error, warning or information
 * @param code the FHIR issue-type code (invalid, structure, required, value, not-found, ...)
 * @param diagnostics a human-readable explanation; never contains patient data
 * @param expression the FHIRPath of the element at fault, or null
 */
public record Issue(Severity severity, String code, String diagnostics, String expression) {

    /** OperationOutcome.issue.severity. */
    public enum Severity {
        FATAL,
        ERROR,
        WARNING,
        INFORMATION
    }

    public static Issue error(String code, String diagnostics, String expression) {
        return new Issue(Severity.ERROR, code, diagnostics, expression);
    }

    public static Issue error(String code, String diagnostics) {
        return error(code, diagnostics, null);
    }
}
