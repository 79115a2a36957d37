package org.throughcare.security;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;
import org.throughcare.security.policy.AccessAudit;
import org.throughcare.security.policy.AccessMatrix;
import org.throughcare.security.relationship.CareRelationships;

/**
 * Decisions for workflows that change the record as an internal job after deciding for the caller
 * (merging records, recording movements): made by the same policy as every record access, refused
 * and audited the same way. Each method returns normally when allowed.
 */
@Component
public class WorkflowAccess {

    private final Callers callers;
    private final CareRelationships relationships;
    private final RecordService record;
    private final AccessAudit audit;
    private final Clock clock;

    WorkflowAccess(
            Callers callers, CareRelationships relationships, RecordService record, AccessAudit audit, Clock clock) {
        this.callers = callers;
        this.relationships = relationships;
        this.record = record;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The caller may change this patient's demographics: their role allows it and, for staff, a
     * current relationship or break-glass; otherwise NOT_FOUND, as for a record outside their care.
     */
    public Caller requireWritable(String patientId) {
        Caller caller = current();
        if (!AccessMatrix.allows(caller, Interaction.UPDATE, "Patient")) {
            throw refused(caller, patientId, RecordException.forbidden("Your role does not allow changing identities"));
        }
        return requireInCare(caller, patientId);
    }

    /**
     * The patient is in the caller's care now (a current relationship or break-glass; any patient
     * for a system client); otherwise NOT_FOUND, as for a record outside their care.
     */
    public Caller requireInCare(String patientId) {
        return requireInCare(current(), patientId);
    }

    private Caller requireInCare(Caller caller, String patientId) {
        Long key = record.patientKey(patientId).orElse(null);
        boolean inCare = caller instanceof Caller.Staff staff
                ? key != null
                        && relationships.standing(staff, key, clock.instant()).mayWrite()
                : key != null;
        if (!inCare) {
            throw refused(caller, patientId, RecordException.notFound("Patient/" + patientId));
        }
        return caller;
    }

    /** The caller may record movements at the establishment (AccessMatrix.allowsMovementsAt). */
    public Caller requireMovementsAt(String establishmentCode) {
        Caller caller = current();
        if (!AccessMatrix.allowsMovementsAt(caller, establishmentCode)) {
            throw refused(
                    caller,
                    null,
                    RecordException.forbidden("You may not record movements at establishment " + establishmentCode));
        }
        return caller;
    }

    private Caller current() {
        return callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
    }

    private RecordException refused(Caller caller, String patientId, RecordException refusal) {
        audit.refusalNow(caller, clock.instant(), patientId, List.of(), "Refused: " + refusal.getMessage());
        return refusal;
    }
}
