package org.throughcare.audit;

/**
 * The kinds of audited event, each with its AuditEvent.type, subtype and action. Reads and writes
 * use the FHIR RESTful interaction codes as BALP does; the others use DICOM and our own codes.
 */
public enum AuditKind {
    READ("rest", "read", "R"),
    VREAD("rest", "vread", "R"),
    HISTORY("rest", "history-instance", "R"),
    SEARCH("rest", "search-type", "E"),
    CREATE("rest", "create", "C"),
    UPDATE("rest", "update", "U"),
    DELETE("rest", "delete", "D"),
    EXPORT("rest", "export", "E"),
    REFUSAL("rest", "refused", "E"),
    SIGN_IN("110114", "sign-in", "E"),
    SIGN_IN_FAILED("110114", "sign-in-failed", "E"),
    SIGN_OUT("110114", "sign-out", "E"),
    BREAK_GLASS("break-glass", "break-glass", "E"),
    BREAK_GLASS_REVIEW("break-glass", "break-glass-review", "U"),
    /** The Caldicott guardian read the audit log (about a patient, or a user's actions). */
    AUDIT_QUERY("audit-query", "audit-query", "E"),
    /** A correction to a frozen record (death in custody) was allowed, with its reason. */
    RECORD_CORRECTION("break-glass", "record-correction", "E");

    private final String type;
    private final String subtype;
    private final String action;

    AuditKind(String type, String subtype, String action) {
        this.type = type;
        this.subtype = subtype;
        this.action = action;
    }

    public String type() {
        return type;
    }

    public String subtype() {
        return subtype;
    }

    public String action() {
        return action;
    }
}
