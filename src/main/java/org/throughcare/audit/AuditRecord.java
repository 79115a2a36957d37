package org.throughcare.audit;

import java.time.Instant;
import java.util.List;

/**
 * One auditable event, as IHE Basic Audit Log Patterns (BALP) describe it: who, what, when, from
 * where, why and with what outcome. It carries references and codes only, never clinical content.
 *
 * @param recorded when it happened (from the injected clock)
 * @param kind what happened
 * @param outcome success, refused, or failed
 * @param agent who acted
 * @param sourceAddress the client's network address, or null
 * @param purposeOfUse the v3 PurposeOfUse code: TREAT, ETREAT (break-glass), HOPERAT, HSYSADMIN ...
 * @param patientId the logical id of the Patient the event is about, or null
 * @param entities references of the resources read or written ({@code Observation/1/_history/2})
 * @param query the query of a search or history, without patient data where possible, or null
 * @param description free text without patient data (a break-glass reason is the user's own)
 */
public record AuditRecord(
        Instant recorded,
        AuditKind kind,
        Outcome outcome,
        Agent agent,
        String sourceAddress,
        String purposeOfUse,
        String patientId,
        List<String> entities,
        String query,
        String description) {

    public AuditRecord {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** AuditEvent.outcome codes. */
    public enum Outcome {
        SUCCESS("0"),
        REFUSED("4"),
        FAILED("8");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Who acted.
     *
     * @param id the user name or client id
     * @param name the display name
     * @param role the role code (a StaffRole name, or "system")
     * @param organisation the ODS code of the organisation they acted for, or null
     * @param person true for a person, false for a system client
     */
    public record Agent(String id, String name, String role, String organisation, boolean person) {}
}
