package org.throughcare.custody.movement;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordService;

/**
 * Keeps Patient.managingOrganization on the establishment the patient is in (the custodian of
 * their record in custody, shown on every banner): set on reception and transfer, kept while in
 * transit, cleared when the episode ends (the community GP is then responsible).
 */
@Component
class ManagingOrganisation {

    private final RecordService record;

    ManagingOrganisation(RecordService record) {
        this.record = record;
    }

    void follow(List<Episode> episodes, EpisodeResources.Targets to) {
        if (episodes.isEmpty()) {
            return;
        }
        Episode last = episodes.getLast();
        if (last.open() && !last.lastStay().open()) {
            return;
        }
        String wanted = last.open()
                ? EpisodeResources.organization(to, last.lastStay().establishment())
                        .getReference()
                : null;
        Patient patient = record.read(Patient.class, to.patientId());
        String now = patient.hasManagingOrganization()
                ? patient.getManagingOrganization().getReference()
                : null;
        if (!Objects.equals(now, wanted)) {
            patient.setManagingOrganization(wanted == null ? null : new Reference(wanted));
            record.update(
                    patient, to.patientId(), Integer.valueOf(patient.getMeta().getVersionId()));
        }
    }
}
