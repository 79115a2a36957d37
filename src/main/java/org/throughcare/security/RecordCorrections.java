package org.throughcare.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditRecord;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;
import org.throughcare.security.policy.AccessAudit;
import org.throughcare.security.relationship.CareRelationships;
import org.throughcare.security.relationship.FrozenRecords;

/**
 * Corrections to a frozen record (death in custody): a doctor or healthcare manager who may still
 * read the record states a reason (10-500 characters) and may then change it for one hour; the
 * grant and its reason are audited, and every change made under it is audited as usual.
 */
@Component
public class RecordCorrections {

    private static final Duration FOR = Duration.ofHours(1);

    private final Callers callers;
    private final CareRelationships relationships;
    private final FrozenRecords frozenRecords;
    private final RecordService record;
    private final AccessAudit audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RecordCorrections(
            Callers callers,
            CareRelationships relationships,
            FrozenRecords frozenRecords,
            RecordService record,
            AccessAudit audit,
            JdbcClient jdbc,
            Clock clock) {
        this.callers = callers;
        this.relationships = relationships;
        this.frozenRecords = frozenRecords;
        this.record = record;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Grants the caller a correction of the patient's frozen record; when it ends. */
    public Instant grant(String patientId, String reason) {
        Caller caller = callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
        Instant now = clock.instant();
        if (!(caller instanceof Caller.Staff staff)
                || (staff.role() != StaffRole.DOCTOR && staff.role() != StaffRole.HEALTHCARE_MANAGER)) {
            audit.refusalNow(caller, now, patientId, List.of(), "Refused: corrections are for doctors and managers");
            throw RecordException.forbidden("Corrections to a frozen record are for doctors and healthcare managers");
        }
        String why = Reasons.require(reason);
        long key = record.patientKey(patientId).orElseThrow(() -> RecordException.notFound("Patient/" + patientId));
        if (!relationships.standing(staff, key, now).mayRead()) {
            audit.refusalNow(caller, now, patientId, List.of(), "Refused: correction outside a care relationship");
            throw RecordException.notFound("Patient/" + patientId);
        }
        if (!frozenRecords.frozen(key)) {
            throw new RecordException(RecordException.Kind.CONFLICT, "business-rule", "The record is not frozen");
        }
        jdbc.sql("insert into correction_grant (id, username, role, patient_pk, patient_id, reason, granted_at,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        staff.username(),
                        staff.role().name(),
                        key,
                        patientId,
                        why,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(FOR)))
                .update();
        audit.recordNow(AccessAudit.of(
                caller,
                now,
                AuditKind.RECORD_CORRECTION,
                AuditRecord.Outcome.SUCCESS,
                false,
                patientId,
                List.of("Patient/" + patientId),
                "Correction of a frozen record: " + why));
        return now.plus(FOR);
    }
}
