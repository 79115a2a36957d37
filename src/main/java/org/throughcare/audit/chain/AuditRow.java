package org.throughcare.audit.chain;

import java.time.Instant;

/** A row of audit_event (or, without seq and hashes, of audit_pending). */
public record AuditRow(
        long seq,
        Instant recorded,
        String patientId,
        String agentId,
        String action,
        String outcome,
        String subtype,
        String event,
        byte[] prevHash,
        byte[] hash) {

    /**
     * Reads columns seq (or, for a pending row, its id), recorded, patient_id, agent_id, action,
     * outcome, subtype, event and, when {@code chained}, prev_hash and hash.
     */
    public static AuditRow read(java.sql.ResultSet rs, boolean chained) throws java.sql.SQLException {
        return new AuditRow(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                chained ? rs.getBytes(9) : null,
                chained ? rs.getBytes(10) : null);
    }

    AuditRow chained(long seq, byte[] previous) {
        AuditRow numbered =
                new AuditRow(seq, recorded, patientId, agentId, action, outcome, subtype, event, previous, null);
        return new AuditRow(
                seq,
                recorded,
                patientId,
                agentId,
                action,
                outcome,
                subtype,
                event,
                previous,
                ChainHash.of(previous, numbered));
    }
}
