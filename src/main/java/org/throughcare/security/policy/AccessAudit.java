package org.throughcare.security.policy;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.AuditRecord;
import org.throughcare.security.Caller;

/** Turns access decisions into audit records: who the caller is, from where, and why. */
@Component
public class AccessAudit {

    private final AuditLog log;

    AccessAudit(AuditLog log) {
        this.log = log;
    }

    /** Records now; inside a transaction, with it (see {@link AuditLog#record}). */
    public void record(List<AuditRecord> records) {
        log.record(records);
    }

    /** Records at once, kept even when the current transaction rolls back (refusals, break-glass). */
    public void recordNow(AuditRecord record) {
        log.recordIndependently(List.of(record));
    }

    /** Records a refusal at once (see {@link #recordNow}). */
    public void refusalNow(Caller caller, Instant at, String patientId, List<String> entities, String description) {
        recordNow(of(
                caller, at, AuditKind.REFUSAL, AuditRecord.Outcome.REFUSED, false, patientId, entities, description));
    }

    /** A record for this caller about one patient (or none). */
    public static AuditRecord of(
            Caller caller,
            Instant now,
            AuditKind kind,
            AuditRecord.Outcome outcome,
            boolean emergency,
            String patientId,
            List<String> entities,
            String description) {
        return new AuditRecord(
                now,
                kind,
                outcome,
                agent(caller),
                clientAddress(),
                purpose(caller, emergency),
                patientId,
                entities,
                kind == AuditKind.SEARCH || kind == AuditKind.EXPORT ? query() : null,
                description);
    }

    public static AuditRecord.Agent agent(Caller caller) {
        return switch (caller) {
            case Caller.Staff staff ->
                new AuditRecord.Agent(
                        staff.username(),
                        staff.name(),
                        staff.role().name(),
                        staff.establishments().isEmpty() ? null : String.join(" ", staff.establishments()),
                        true);
            case Caller.SystemClient system ->
                new AuditRecord.Agent(system.clientId(), system.clientId(), "SYSTEM", null, false);
        };
    }

    /** v3 PurposeOfUse: treatment, emergency treatment (break-glass), operations, or system administration. */
    private static String purpose(Caller caller, boolean emergency) {
        if (emergency) {
            return "ETREAT";
        }
        return switch (caller) {
            case Caller.Staff staff -> staff.role().clinician() ? "TREAT" : "HOPERAT";
            case Caller.SystemClient ignored -> "HSYSADMIN";
        };
    }

    public static String clientAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    private static String query() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return null;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
