package org.throughcare.security.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditRecord;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordEntry;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordWrite;
import org.throughcare.record.StoredResource;
import org.throughcare.security.Caller;
import org.throughcare.security.relationship.CareRelationships;
import org.throughcare.security.relationship.FrozenRecords;
import org.throughcare.security.relationship.Standing;

/**
 * One interaction's decisions for one caller. Staff reach a patient only through a care
 * relationship or break-glass; system clients through their scopes alone. It gathers the patients
 * whose data is returned or changed, one audit record per patient (IHE BALP).
 */
final class CallerRecordAccess implements RecordAccess {

    private static final int MAX_ENTITIES = 100;

    private final Caller caller;
    private final Interaction interaction;
    private final Instant now;
    private final CareRelationships relationships;
    private final FrozenRecords frozenRecords;
    private final ResourceViews views;
    private final AccessAudit audit;
    private final Map<Long, Standing> standings = new HashMap<>();
    private final Map<String, Touched> touched = new LinkedHashMap<>();
    private Boolean holdsGrant;

    CallerRecordAccess(
            Caller caller,
            Interaction interaction,
            Instant now,
            CareRelationships relationships,
            FrozenRecords frozenRecords,
            ResourceViews views,
            AccessAudit audit) {
        this.caller = caller;
        this.interaction = interaction;
        this.now = now;
        this.relationships = relationships;
        this.frozenRecords = frozenRecords;
        this.views = views;
        this.audit = audit;
    }

    @Override
    public String patientPredicate(String patientColumn, List<Object> parameters) {
        return caller instanceof Caller.Staff staff
                ? relationships.predicate(staff, patientColumn, parameters, now, interaction.writes())
                : "true";
    }

    @Override
    public Optional<StoredResource> release(RecordEntry entry) {
        StoredResource stored = entry.resource();
        if (!AccessMatrix.allows(caller, interaction, stored.type())) {
            return Optional.empty();
        }
        Standing standing = entry.patientKey() == null ? Standing.CURRENT : standing(entry.patientKey());
        if (!standing.mayRead()) {
            refuse(entry.patientId(), stored.reference());
            return Optional.empty();
        }
        Optional<StoredResource> shaped = views.shape(caller, stored);
        if (shaped.isEmpty() && !interaction.lists()) {
            refuse(entry.patientId(), stored.reference());
        }
        shaped.ifPresent(view -> touch(entry.patientId(), view.versionedReference(), standing));
        return shaped;
    }

    @Override
    public void checkWrite(RecordWrite write) {
        requireWritable(write.patientKeyBefore(), write);
    }

    @Override
    public void checkWritten(RecordWrite write) {
        if (write.patientKeyAfter() != null && !write.patientKeyAfter().equals(write.patientKeyBefore())) {
            standings.remove(write.patientKeyAfter());
            requireWritable(write.patientKeyAfter(), write);
        }
        Standing standing = write.patientKeyAfter() == null ? Standing.CURRENT : standing(write.patientKeyAfter());
        touch(write.patientIdAfter(), write.written().versionedReference(), standing);
    }

    @Override
    public void complete() {
        List<AuditRecord> records = new ArrayList<>();
        if (interaction == Interaction.EXPORT && touched.isEmpty()) {
            records.add(AccessAudit.of(
                    caller,
                    now,
                    AuditKind.EXPORT,
                    AuditRecord.Outcome.SUCCESS,
                    false,
                    null,
                    List.of(),
                    "Bulk export started"));
        }
        touched.forEach((patientId, what) -> records.add(AccessAudit.of(
                caller, now, kind(), AuditRecord.Outcome.SUCCESS, what.emergency, patientId, what.entities, null)));
        touched.clear();
        audit.record(records);
    }

    private void requireWritable(Long patientKey, RecordWrite write) {
        if (patientKey == null) {
            return;
        }
        // A frozen record (death in custody) takes only authorised corrections, whose grant also
        // lets the corrector write; the application's own jobs (movements, merges) keep it consistent.
        // A patient created in this unit of work has no record to have been frozen.
        boolean internal = caller instanceof Caller.SystemClient system
                && system.clientId().startsWith("throughcare:");
        boolean createdHere = write.patientCreatedHere() && patientKey.equals(write.patientKeyAfter());
        boolean frozen = !internal && frozenRecords.frozen(patientKey, createdHere);
        boolean correcting = frozen && relationships.correcting(caller.id(), patientKey, now);
        if (!correcting && !standing(patientKey).mayWrite()) {
            String reference = write.interaction() == Interaction.CREATE
                    ? "Patient/" + write.patientIdAfter()
                    : write.written().reference();
            refuse(write.patientIdAfter(), reference);
            throw RecordException.notFound(reference);
        }
        if (frozen && !correcting) {
            refuse(write.patientIdAfter(), write.written().reference());
            throw new RecordException(
                    RecordException.Kind.CONFLICT,
                    "business-rule",
                    "The record is frozen after a death in custody: changes need an authorised correction with a reason");
        }
    }

    /**
     * Staff only. Lists were already narrowed to their patients by the SQL predicate, so a listed
     * patient is readable; the patient's own standing is looked up only when the caller holds a
     * break-glass grant, so that a search under the grant is audited as emergency access (ETREAT).
     */
    private Standing standing(long patientKey) {
        if (!(caller instanceof Caller.Staff staff)) {
            return Standing.CURRENT;
        }
        if (interaction.lists() && !interaction.writes() && !holdsGrant(staff)) {
            return standings.computeIfAbsent(patientKey, key -> Standing.CURRENT);
        }
        return standings.computeIfAbsent(patientKey, key -> relationships.standing(staff, key, now));
    }

    private boolean holdsGrant(Caller.Staff staff) {
        if (holdsGrant == null) {
            holdsGrant = relationships.holdsBreakGlass(staff, now);
        }
        return holdsGrant;
    }

    private void refuse(String patientId, String reference) {
        audit.recordNow(AccessAudit.of(
                caller,
                now,
                AuditKind.REFUSAL,
                AuditRecord.Outcome.REFUSED,
                false,
                patientId,
                List.of(reference),
                "Refused: " + interaction.name().toLowerCase() + " outside a care relationship"));
    }

    private void touch(String patientId, String reference, Standing standing) {
        if (patientId == null) {
            return;
        }
        Touched what = touched.computeIfAbsent(patientId, id -> new Touched());
        what.emergency |= standing == Standing.EMERGENCY;
        if (what.entities.size() < MAX_ENTITIES) {
            what.entities.add(reference);
        }
    }

    private AuditKind kind() {
        return switch (interaction) {
            case READ -> AuditKind.READ;
            case VREAD -> AuditKind.VREAD;
            case HISTORY_INSTANCE -> AuditKind.HISTORY;
            case HISTORY_TYPE, HISTORY_SYSTEM, SEARCH -> AuditKind.SEARCH;
            case CREATE -> AuditKind.CREATE;
            case UPDATE -> AuditKind.UPDATE;
            case DELETE -> AuditKind.DELETE;
            case EXPORT -> AuditKind.EXPORT;
        };
    }

    private static final class Touched {
        private final List<String> entities = new ArrayList<>();
        private boolean emergency;
    }
}
