package org.throughcare.record;

import java.util.List;

/**
 * A request the record refused, with the reason as OperationOutcome issues. Each kind maps to one
 * HTTP status in the FHIR API; the store is left exactly as it was.
 */
public class RecordException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** The request or resource is malformed or breaks a rule (400). */
        INVALID,
        /** The resource breaks a profile or business rule (422). */
        UNPROCESSABLE,
        /** No such resource or version (404). */
        NOT_FOUND,
        /** The resource was deleted (410). */
        GONE,
        /** An If-Match or similar precondition was not met, or a condition matched too many (412). */
        PRECONDITION_FAILED,
        /** The request conflicts with the current state, for example deleting a referenced resource (409). */
        CONFLICT,
        /** The interaction or parameter is not supported (501 or 400 under strict handling). */
        NOT_SUPPORTED,
        /** The caller may not do this interaction on this type at all (403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final transient List<Issue> issues;

    public RecordException(Kind kind, List<Issue> issues) {
        super(issues.isEmpty() ? kind.name() : issues.getFirst().diagnostics());
        this.kind = kind;
        this.issues = List.copyOf(issues);
    }

    public RecordException(Kind kind, String code, String diagnostics) {
        this(kind, List.of(Issue.error(code, diagnostics)));
    }

    public static RecordException invalid(String diagnostics) {
        return new RecordException(Kind.INVALID, "invalid", diagnostics);
    }

    public static RecordException notFound(String reference) {
        return new RecordException(Kind.NOT_FOUND, "not-found", "Resource " + reference + " is not known");
    }

    /** The caller's role or scopes do not allow the interaction; says nothing about any patient. */
    public static RecordException forbidden(String diagnostics) {
        return new RecordException(Kind.FORBIDDEN, "forbidden", diagnostics);
    }

    public static RecordException gone(String reference) {
        return new RecordException(Kind.GONE, "deleted", "Resource " + reference + " has been deleted");
    }

    public static RecordException versionConflict(String reference, int expected, int current) {
        return new RecordException(
                Kind.PRECONDITION_FAILED,
                "conflict",
                "Resource " + reference + " is at version " + current + ", not the version " + expected
                        + " given in If-Match");
    }

    public Kind kind() {
        return kind;
    }

    public List<Issue> issues() {
        return issues;
    }
}
