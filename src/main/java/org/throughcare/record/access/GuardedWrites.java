package org.throughcare.record.access;

import org.hl7.fhir.r4.model.Resource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordAccessGuard;
import org.throughcare.record.RecordWrite;
import org.throughcare.record.ResourceWritten;
import org.throughcare.record.store.ResourceRow;

/**
 * Every stored version passes here inside its transaction: listeners hear {@link ResourceWritten}
 * first (so read models such as care relationships reflect the write), then the guard checks the
 * write against the state before and after, and its audit is written in the same transaction. A
 * refusal rolls the whole unit of work back.
 */
@Component
public class GuardedWrites {

    private final RecordAccessGuard guard;
    private final PatientIds patientIds;
    private final ApplicationEventPublisher events;

    GuardedWrites(RecordAccessGuard guard, PatientIds patientIds, ApplicationEventPublisher events) {
        this.guard = guard;
        this.patientIds = patientIds;
        this.events = events;
    }

    /** Refuses early when the caller may not write this type at all. */
    public RecordAccess open(Interaction interaction, String type) {
        return guard.open(interaction, type);
    }

    /**
     * Checks a write against the resource as it stands, before anything is decided about it, so
     * even a write that changes nothing (and would answer with the current content) is refused
     * outside the caller's relationships.
     */
    public void checkExisting(RecordAccess access, Interaction interaction, ResourceRow existing) {
        String patientId = patientIds.entry(existing).patientId();
        access.checkWrite(new RecordWrite(
                interaction, existing.toStored(), null, existing.patientPk(), existing.patientPk(), patientId, false));
    }

    /**
     * Announces, checks and audits a version just stored in the current transaction.
     *
     * @param newPatientId the id of the resource's Patient when that Patient was created in the same
     *     unit of work and is not yet in the table, else null (it is looked up)
     */
    public void written(
            RecordAccess access,
            Interaction interaction,
            Long patientKeyBefore,
            ResourceRow row,
            Resource resource,
            String newPatientId) {
        boolean isPatient = "Patient".equals(row.type());
        String patientId =
                isPatient ? row.id() : newPatientId != null ? newPatientId : patientIds.idOf(row.patientPk());
        boolean patientCreatedHere = isPatient ? interaction == Interaction.CREATE : newPatientId != null;
        RecordWrite write = new RecordWrite(
                interaction,
                row.toStored(),
                resource,
                patientKeyBefore,
                row.patientPk(),
                patientId,
                patientCreatedHere);
        access.checkWrite(write);
        events.publishEvent(new ResourceWritten(row.toStored(), resource, row.patientPk(), patientId));
        access.checkWritten(write);
        access.complete();
    }
}
