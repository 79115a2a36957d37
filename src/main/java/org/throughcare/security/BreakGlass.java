package org.throughcare.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditRecord;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.security.policy.AccessAudit;
import org.throughcare.security.policy.AccessMatrix;

/**
 * Break-glass: a clinician states why they need a record they have no relationship with, and may
 * then read and write it for a limited time (4 hours by default). The grant and every access under
 * it are audited as emergency access (purpose of use ETREAT), and each grant waits in the Caldicott
 * guardian's review queue until an outcome is recorded.
 */
@Service
public class BreakGlass {

    private final JdbcClient jdbc;
    private final Callers callers;
    private final RecordService record;
    private final RecordSearch search;
    private final AccessAudit audit;
    private final SecurityProperties properties;
    private final Clock clock;

    BreakGlass(
            JdbcClient jdbc,
            Callers callers,
            RecordService record,
            RecordSearch search,
            AccessAudit audit,
            SecurityProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.callers = callers;
        this.record = record;
        this.search = search;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Grants the current clinician emergency access to the patient. */
    public BreakGlassGrant grant(String patientId, String reason) {
        Caller.Staff staff = requireClinician();
        return store(staff, patientId, Reasons.require(reason));
    }

    /**
     * Grants the current clinician emergency access to the one patient with this identifier (an NHS
     * or prison number): how the web UI asks, since a patient outside the relationship is never
     * shown. The reason is required before anything is looked up; a number that matches no record,
     * or several, is refused and audited.
     */
    public BreakGlassGrant grantForPatientWith(String system, String value, String reason) {
        Caller.Staff staff = requireClinician();
        String why = Reasons.require(reason);
        List<String> ids = search.patientIdsWithIdentifier(system, value, 2);
        if (ids.size() != 1) {
            String problem = ids.isEmpty() ? "No record has this number" : "More than one record has this number";
            refuse(staff, "Refused: " + problem.toLowerCase());
            throw ids.isEmpty()
                    ? RecordException.notFound(problem)
                    : new RecordException(RecordException.Kind.CONFLICT, "multiple-matches", problem);
        }
        return store(staff, ids.getFirst(), why);
    }

    /** The current clinician's unexpired grant for the patient, if any: shown as emergency access. */
    public Optional<BreakGlassGrant> activeGrant(String patientId) {
        return callers.current().filter(Caller.Staff.class::isInstance).flatMap(caller -> jdbc.sql(
                        "select * from break_glass_grant where username = ? and patient_id = ?"
                                + " and expires_at > ? order by expires_at desc limit 1")
                .params(caller.id(), patientId, Timestamp.from(clock.instant()))
                .query(BreakGlass::grantOf)
                .optional());
    }

    private Caller.Staff requireClinician() {
        Caller caller = callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
        if (!AccessMatrix.allowsBreakGlass(caller)) {
            refuse(caller, "Refused: break-glass is for clinicians");
            throw RecordException.forbidden("Only clinicians may use break-glass");
        }
        return (Caller.Staff) caller;
    }

    private void refuse(Caller caller, String description) {
        audit.recordNow(AccessAudit.of(
                caller,
                clock.instant(),
                AuditKind.BREAK_GLASS,
                AuditRecord.Outcome.REFUSED,
                true,
                null,
                List.of(),
                description));
    }

    private BreakGlassGrant store(Caller.Staff staff, String patientId, String why) {
        long patientKey =
                record.patientKey(patientId).orElseThrow(() -> RecordException.notFound("Patient/" + patientId));
        Instant now = clock.instant();
        BreakGlassGrant grant = new BreakGlassGrant(
                UUID.randomUUID(),
                staff.username(),
                staff.role().name(),
                patientId,
                why,
                now,
                now.plus(properties.breakGlassDuration()),
                null,
                null,
                null,
                null);
        jdbc.sql("insert into break_glass_grant (id, username, role, patient_pk, patient_id, reason, granted_at,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        grant.id(),
                        grant.username(),
                        grant.role(),
                        patientKey,
                        patientId,
                        why,
                        Timestamp.from(now),
                        Timestamp.from(grant.expiresAt()))
                .update();
        audit.recordNow(AccessAudit.of(
                staff,
                now,
                AuditKind.BREAK_GLASS,
                AuditRecord.Outcome.SUCCESS,
                true,
                patientId,
                List.of("Patient/" + patientId),
                "Break-glass: " + why));
        return grant;
    }

    /** Grants not yet reviewed, oldest first: the Caldicott guardian's queue. */
    public List<BreakGlassGrant> awaitingReview(int count) {
        requireAuditor();
        return jdbc.sql("select * from break_glass_grant where reviewed_at is null order by granted_at limit ?")
                .param(Math.min(Math.max(count, 1), 1000))
                .query(BreakGlass::grantOf)
                .list();
    }

    /** Records the reviewer's outcome; a grant is reviewed once. */
    public BreakGlassGrant review(UUID id, String outcome, String note) {
        Caller caller = requireAuditor();
        if (!BreakGlassGrant.OUTCOMES.contains(outcome)) {
            throw RecordException.invalid("The outcome must be one of " + BreakGlassGrant.OUTCOMES);
        }
        Instant now = clock.instant();
        int updated = jdbc.sql(
                        "update break_glass_grant set reviewed_at = ?, reviewer = ?, outcome = ?, review_note = ?"
                                + " where id = ? and reviewed_at is null")
                .params(Timestamp.from(now), caller.id(), outcome, Reasons.optional(note), id)
                .update();
        BreakGlassGrant grant = jdbc.sql("select * from break_glass_grant where id = ?")
                .param(id)
                .query(BreakGlass::grantOf)
                .optional()
                .orElseThrow(() -> RecordException.notFound("break-glass grant " + id));
        if (updated == 0) {
            throw new RecordException(
                    RecordException.Kind.CONFLICT, "conflict", "This grant has already been reviewed");
        }
        audit.recordNow(AccessAudit.of(
                caller,
                now,
                AuditKind.BREAK_GLASS_REVIEW,
                AuditRecord.Outcome.SUCCESS,
                false,
                grant.patientId(),
                List.of(),
                "Review of break-glass " + id + ": " + outcome));
        return grant;
    }

    /** Refuses unless the caller may read the audit log. */
    public Caller requireAuditor() {
        Caller caller = callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
        if (!AccessMatrix.allowsAuditLog(caller)) {
            throw RecordException.forbidden("Only a Caldicott guardian or auditor may do this");
        }
        return caller;
    }

    private static BreakGlassGrant grantOf(ResultSet rs, int row) throws SQLException {
        return new BreakGlassGrant(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("role"),
                rs.getString("patient_id"),
                rs.getString("reason"),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("reviewed_at")),
                rs.getString("reviewer"),
                rs.getString("outcome"),
                rs.getString("review_note"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
