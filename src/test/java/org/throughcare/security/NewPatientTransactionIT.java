package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.Date;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;

/**
 * A transaction that creates a patient together with their entries (as a reception does): every
 * entry is audited under the new patient, and an appointment with a hub clinician in the same
 * transaction gives that clinician a care relationship.
 */
@IntegrationTest
class NewPatientTransactionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesCreatedWithTheirPatientAreAuditedUnderThatPatientAndRelate() {
        Patient patient = aPatient()
                .withFamilyName(TestRecords.uniqueFamilyName("Txn"))
                .at("hmp-leeds")
                .build();
        Condition condition = TestRecords.aProblem("x", "Asthma", null);
        condition.setSubject(new Reference("urn:uuid:11111111-1111-4111-8111-111111111111"));
        Appointment appointment = new Appointment().setStatus(Appointment.AppointmentStatus.BOOKED);
        appointment.setStart(new Date(System.currentTimeMillis() + 3_600_000L));
        appointment.setEnd(new Date(System.currentTimeMillis() + 4_800_000L));
        appointment
                .addParticipant()
                .setActor(new Reference("urn:uuid:11111111-1111-4111-8111-111111111111"))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        appointment
                .addParticipant()
                .setActor(new Reference("Practitioner/demo-hub-gp"))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        add(transaction, patient, "urn:uuid:11111111-1111-4111-8111-111111111111");
        add(transaction, condition, "urn:uuid:22222222-2222-4222-8222-222222222222");
        add(transaction, appointment, "urn:uuid:33333333-3333-4333-8333-333333333333");

        var response = new FhirHttp(port).post("", transaction).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String patientId = response.resource(Bundle.class)
                .getEntryFirstRep()
                .getResponse()
                .getLocation()
                .replaceAll("^Patient/([^/]+).*", "$1");
        int relationships = jdbc.sql("select count(*) from care_relationship where patient_id = ? and party = ?")
                .params(patientId, "practitioner:demo-hub-gp")
                .query(Integer.class)
                .single();
        assertThat(relationships).isEqualTo(1);
        int creates = jdbc.sql(
                        "select count(*) from (select patient_id, subtype from audit_event union all"
                                + " select patient_id, subtype from audit_pending) a where patient_id = ? and subtype = 'create'")
                .param(patientId)
                .query(Integer.class)
                .single();
        assertThat(creates).isEqualTo(3);
    }

    private static void add(Bundle bundle, Resource resource, String fullUrl) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }
}
