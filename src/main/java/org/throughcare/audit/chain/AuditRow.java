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
