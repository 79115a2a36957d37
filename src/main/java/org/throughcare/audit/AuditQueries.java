package org.throughcare.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Caldicott guardian's and auditor's questions, answered from the audit log as AuditEvent JSON,
 * newest first. Who may ask is decided by the caller (the security module's policy).
 */
@Service
public class AuditQueries {

    private static final int MAX = 1000;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who accessed patient X and when; also a patient's access log for a subject access request. */
    public List<String> aboutPatient(String patientId, int count) {
        return events("patient_id = ?", patientId, count);
    }

    /** What user (or client) Y did. */
    public List<String> byAgent(String agentId, int count) {
        return events("agent_id = ?", agentId, count);
    }

    /** Events of one subtype, such as break-glass or sign-in-failed. */
    public List<String> ofSubtype(String subtype, int count) {
        return events("subtype = ?", subtype, count);
    }

    /** Includes rows of writes committed but not yet chained (audit_pending): they are on record too. */
    private List<String> events(String where, String value, int count) {
        return jdbc.sql("select event from (select event, recorded from audit_event where " + where
                        + " union all select event, recorded from audit_pending where " + where
                        + ") e order by recorded desc limit ?")
                .params(value, value, Math.min(Math.max(count, 1), MAX))
                .query(String.class)
                .list();
    }
}
