package org.throughcare.security.relationship;

import java.sql.Timestamp;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.ResourceWritten;

/**
 * Keeps frozen_record in step with Patient.deceased, inside each writing transaction: a patient
 * recorded as dead has a frozen record (death in custody: preserved as it stood, ADR 0059); a
 * correction that removes the death unfreezes it.
 */
@Component
class FreezeProjection {

    private final JdbcClient jdbc;

    FreezeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
            jdbc.sql("insert into frozen_record (patient_pk, patient_id, frozen_at) values (?, ?, ?)"
                            + " on conflict (patient_pk) do nothing")
                    .params(
                            written.patientKey(),
                            written.patientId(),
                            Timestamp.from(written.stored().lastUpdated()))
                    .update();
        } else if (!written.isFirstVersion()) {
            jdbc.sql("delete from frozen_record where patient_pk = ?")
                    .param(written.patientKey())
                    .update();
        }
    }
}
