package org.throughcare.security.relationship;

import org.hl7.fhir.r4.model.Patient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcare.record.ResourceWritten;

/**
 * Keeps frozen_record in step with Patient.deceased, inside each writing transaction: a patient
 * recorded as dead has a frozen record (death in custody: preserved as it stood, ADR 0059); a
 * correction that removes the death unfreezes it.
 */
@Component
class FreezeProjection {

    private final FrozenRecords frozen;

    FreezeProjection(FrozenRecords frozen) {
        this.frozen = frozen;
    }

    @EventListener
    void on(ResourceWritten written) {
        if (!"Patient".equals(written.stored().type()) || written.patientKey() == null) {
            return;
        }
        boolean dead = written.resource() instanceof Patient patient
                && patient.hasDeceased()
                && (!patient.hasDeceasedBooleanType()
                        || patient.getDeceasedBooleanType().booleanValue());
        if (dead) {
            frozen.freeze(
                    written.patientKey(), written.patientId(), written.stored().lastUpdated());
        } else if (!written.isFirstVersion()) {
            frozen.unfreeze(written.patientKey());
        }
    }
}
