package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;

/**
 * Confidentiality labels and information sharing: a labelled item is shown only to roles cleared
 * for it, others see that something is withheld but not what; a prison officer sees identity,
 * appointment times and non-clinical flags, never clinical detail.
 */
@IntegrationTest
class ConfidentialityIT {

    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    @LocalServerPort
    int port;

    FhirHttp system;
    String patientId;

    @BeforeEach
    void aPatientAtLeeds() {
        system = new FhirHttp(port);
        Patient patient = aPatient().at("hmp-leeds").build();
        patient.addTelecom()
                .setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE)
                .setValue("07700 900123");
        var created = system.post("/Patient", patient).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        patientId = created.createdId();
    }

    @Test
    void restrictedItemsAreWithheldFromRolesNotClearedForThem() {
        String restricted = labelled(new Coding(CONFIDENTIALITY, "R", null), 88);

        Observation forGp =
                system.as("gp.leeds").get("/Observation/" + restricted).send().resource(Observation.class);
        Observation forNurse = system.as("nurse.leeds")
                .get("/Observation/" + restricted)
                .send()
                .resource(Observation.class);

        assertThat(forGp.hasValueQuantity()).isTrue();
        assertThat(forNurse.hasValueQuantity()).isFalse();
        assertThat(forNurse.hasCode()).isFalse();
        assertThat(forNurse.getMeta().getSecurity()).extracting(Coding::getCode).containsExactly("REDACTED");
        assertThat(forNurse.getText().getDivAsString()).contains("Withheld");
    }

    @Test
    void sensitivityLabelsFollowTheClearanceTableAndHistoryToo() {
        String hiv = labelled(new Coding(ACT_CODE, "HIV", null), 70);

        assertThat(system.as("pharmacist").get("/Observation/" + hiv).send().body())
                .contains("valueQuantity");
        assertThat(system.as("manager.leeds").get("/Observation/" + hiv).send().body())
                .doesNotContain("valueQuantity")
                .doesNotContain("HIV")
                .contains("REDACTED");
        assertThat(system.as("manager.leeds")
                        .get("/Observation/" + hiv + "/_history")
                        .send()
                        .body())
                .doesNotContain("valueQuantity")
                .contains("REDACTED");
    }

    @Test
    void prisonOfficersSeeAppointmentTimesAndNonClinicalFlagsOnly() {
        FhirHttp officer = system.as("officer.leeds");
        Appointment appointment = new Appointment();
        appointment.setStatus(Appointment.AppointmentStatus.BOOKED);
        appointment.setDescription("Methadone review");
        appointment.setStart(new java.util.Date());
        appointment.setEnd(new java.util.Date(System.currentTimeMillis() + 1_800_000));
        appointment
                .addParticipant()
                .setActor(new Reference("Patient/" + patientId))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        String appointmentId = system.post("/Appointment", appointment).send().createdId();
        String safety = flag("safety", "Violent to staff");
        String clinical = flag("clinical", "Epilepsy");

        Appointment seen = officer.get("/Appointment/" + appointmentId).send().resource(Appointment.class);
        assertThat(seen.hasStart()).isTrue();
        assertThat(seen.hasDescription()).isFalse();
        assertThat(officer.get("/Flag/" + safety).send().status()).isEqualTo(200);
        assertThat(officer.get("/Flag/" + clinical).send().status()).isEqualTo(404);
        assertThat(officer.get("/Patient/" + patientId)
                        .send()
                        .resource(Patient.class)
                        .hasTelecom())
                .isFalse();
        assertThat(officer.get("/Flag/_history?_count=1000")
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .noneMatch(entry -> entry.getFullUrl().endsWith("/Flag/" + clinical));
    }

    @Test
    void anIncludeNeverReachesAPatientOutsideTheRelationship() {
        String elsewhere = system.post(
                        "/Patient", aPatient().at("hmp-manchester").build())
                .send()
                .createdId();
        Appointment joint = new Appointment();
        joint.setStatus(Appointment.AppointmentStatus.BOOKED);
        joint.setStart(new java.util.Date());
        joint.setEnd(new java.util.Date(System.currentTimeMillis() + 900_000));
        joint.addParticipant()
                .setActor(new Reference("Patient/" + patientId))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        joint.addParticipant()
                .setActor(new Reference("Patient/" + elsewhere))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        String appointmentId = system.post("/Appointment", joint).send().createdId();

        String body = system.as("nurse.leeds")
                .get("/Appointment?_id=" + appointmentId + "&_include=Appointment:actor")
                .send()
                .body();

        assertThat(body).contains("/Appointment/" + appointmentId + "\"").contains("/Patient/" + patientId + "\"");
        assertThat(body).doesNotContain("\"fullUrl\":\"" + fhirBase() + "/Patient/" + elsewhere + "\"");
        assertThat(system.get("/Appointment?_id=" + appointmentId + "&_include=Appointment:actor")
                        .send()
                        .body())
                .contains("\"fullUrl\":\"" + fhirBase() + "/Patient/" + elsewhere + "\"");
    }

    private String fhirBase() {
        return system.base();
    }

    private String labelled(Coding label, int rate) {
        Observation observation = aHeartRate(patientId, rate);
        observation.getMeta().addSecurity(label);
        return system.post("/Observation", observation).send().createdId();
    }

    private String flag(String category, String text) {
        Flag flag = new Flag();
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORY, category, null)));
        flag.setCode(new CodeableConcept().setText(text));
        flag.setSubject(new Reference("Patient/" + patientId));
        return system.post("/Flag", flag).send().createdId();
    }
}
