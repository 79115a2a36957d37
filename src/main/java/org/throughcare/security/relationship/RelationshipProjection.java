package org.throughcare.security.relationship;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordService;
import org.throughcare.record.ResourceWritten;
import org.throughcare.security.Callers;
import org.throughcare.shared.CustodyStay;
import org.throughcare.shared.EstablishmentCode;

/**
 * Keeps care_relationship in step with the record, inside each writing transaction. Until custody
 * episodes exist, a patient's establishment is their managing organisation (an Organization with
 * an ODS code); a change of it ends the old relationship (read-only for 30 days) and starts the new
 * one. An Appointment with a Practitioner makes that clinician a party from booking until 24 hours
 * after it ends. A custody stay (an Encounter of class custody-stay) makes its establishment a party
 * for as long as it lasts.
 */
@Component
class RelationshipProjection {

    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    private static final Duration AFTER_APPOINTMENT = Duration.ofHours(24);
    private static final Set<String> CLOSED = Set.of("cancelled", "noshow", "entered-in-error");

    private final JdbcClient jdbc;
    private final RecordService record;
    private final Callers callers;

    RelationshipProjection(JdbcClient jdbc, RecordService record, Callers callers) {
        this.jdbc = jdbc;
        this.record = record;
        this.callers = callers;
    }

    @EventListener
    void on(ResourceWritten written) {
        switch (written.stored().type()) {
            case "Patient" -> patient(written);
            case "Appointment" -> appointment(written);
            case "Encounter" -> stay(written);
            default -> {}
        }
    }

    private void patient(ResourceWritten written) {
        String source = written.stored().reference();
        Instant now = written.stored().lastUpdated();
        String party = written.resource() instanceof Patient patient ? establishmentOf(patient) : null;
        if (!written.isFirstVersion()) { // a first version has no relationship yet to end
            jdbc.sql("update care_relationship set ends_at = ? where source = ? and ends_at is null and party <> ?")
                    .params(Timestamp.from(now), source, party == null ? "" : party)
                    .update();
        }
        if (party != null) {
            jdbc.sql("insert into care_relationship (patient_pk, patient_id, party, source, starts_at, ends_at)"
                            + " values (?, ?, ?, ?, ?, null) on conflict (patient_pk, party, source) do update"
                            + " set ends_at = null, starts_at = case when care_relationship.ends_at is null"
                            + " then care_relationship.starts_at else excluded.starts_at end")
                    .params(written.patientKey(), written.patientId(), party, source, Timestamp.from(now))
                    .update();
        }
    }

    private String establishmentOf(Patient patient) {
        Reference organisation = patient.getManagingOrganization();
        if (organisation.hasIdentifier()
                && (ODS.equals(organisation.getIdentifier().getSystem())
                        || EstablishmentCode.SYSTEM.equals(
                                organisation.getIdentifier().getSystem()))) {
            return "ods:" + organisation.getIdentifier().getValue();
        }
        String reference = organisation.getReference();
        if (reference == null || !reference.startsWith("Organization/")) {
            return null;
        }
        Organization found = callers.asSystem(
                "care-relationships",
                () -> record.read(Organization.class, reference.substring("Organization/".length())));
        return partyOf(found);
    }

    /**
     * An establishment is named by its ODS code when it has one, otherwise by its establishment
     * (NOMIS agency) code: staff accounts list their establishments the same way (ADR 0050).
     */
    static String partyOf(Organization organisation) {
        return organisation.getIdentifier().stream()
                .filter(identifier -> ODS.equals(identifier.getSystem()))
                .findFirst()
                .or(() -> organisation.getIdentifier().stream()
                        .filter(identifier -> EstablishmentCode.SYSTEM.equals(identifier.getSystem()))
                        .findFirst())
                .map(identifier -> "ods:" + identifier.getValue())
                .orElse(null);
    }

    /**
     * A custody stay (ADR 0055) admits the establishment's staff from its start until it ends, then
     * read-only for 30 days. Its rows follow the stay: replaced on each version (so a merge, which
     * moves the stay to the record kept, moves them too) and removed when it is withdrawn.
     */
    private void stay(ResourceWritten written) {
        String source = written.stored().reference();
        boolean stay = written.resource() instanceof Encounter encounter
                && CustodyStay.CLASS_SYSTEM.equals(encounter.getClass_().getSystem())
                && CustodyStay.STAY.equals(encounter.getClass_().getCode());
        if (!stay) {
            if (written.resource() == null) {
                jdbc.sql("delete from care_relationship where source = ?")
                        .param(source)
                        .update();
            }
            return;
        }
        jdbc.sql("delete from care_relationship where source = ?").param(source).update();
        Encounter encounter = (Encounter) written.resource();
        String reference = encounter.getServiceProvider().getReference();
        if (encounter.getStatus() == Encounter.EncounterStatus.ENTEREDINERROR
                || written.patientKey() == null
                || reference == null
                || !reference.startsWith("Organization/")) {
            return;
        }
        Organization establishment = callers.asSystem(
                "care-relationships",
                () -> record.read(Organization.class, reference.substring("Organization/".length())));
        String party = partyOf(establishment);
        if (party != null) {
            Period period = encounter.getPeriod();
            jdbc.sql("insert into care_relationship (patient_pk, patient_id, party, source, starts_at, ends_at)"
                            + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(
                            written.patientKey(),
                            written.patientId(),
                            party,
                            source,
                            Timestamp.from(period.getStart().toInstant()),
                            period.hasEnd() ? Timestamp.from(period.getEnd().toInstant()) : null)
                    .update();
        }
    }

    private void appointment(ResourceWritten written) {
        String source = written.stored().reference();
        jdbc.sql("delete from care_relationship where source = ?").param(source).update();
        if (!(written.resource() instanceof Appointment appointment)
                || written.patientKey() == null
                || (appointment.hasStatus()
                        && CLOSED.contains(appointment.getStatus().toCode()))) {
            return;
        }
        Instant now = written.stored().lastUpdated();
        Instant ends = (appointment.hasEnd()
                        ? appointment.getEnd().toInstant()
                        : appointment.hasStart() ? appointment.getStart().toInstant() : now)
                .plus(AFTER_APPOINTMENT);
        appointment.getParticipant().stream()
                .map(participant -> participant.getActor().getReference())
                .filter(actor -> actor != null && actor.startsWith("Practitioner/"))
                .forEach(actor -> jdbc.sql("insert into care_relationship (patient_pk, patient_id, party, source,"
                                + " starts_at, ends_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(
                                written.patientKey(),
                                written.patientId(),
                                "practitioner:" + actor.substring("Practitioner/".length()),
                                source,
                                Timestamp.from(now),
                                Timestamp.from(ends))
                        .update());
    }
}
