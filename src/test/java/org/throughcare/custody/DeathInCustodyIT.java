package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.movement;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;
import static org.throughcare.testing.TestPatients.uniqueNhsNumber;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/** Death in custody: the record frozen and preserved, corrections authorised and audited, the disclosure pack. */
@IntegrationTest
class DeathInCustodyIT {

    @LocalServerPort
    int port;

    @Test
    void theRecordIsFrozenAndPreservedAndOnlyAnAuthorisedCorrectionChangesIt() {
        FhirHttp system = new FhirHttp(port);
        FhirHttp nurse = system.as("nurse.leeds");
        String patient = receive(
                nurse,
                reception(
                        uniquePrisonNumber(),
                        "Pellow",
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(86_400)));
        String observation =
                nurse.post("/Observation", aHeartRate(patient, 88)).send().createdId();
        FhirResponse died = nurse.post(
                        "/Patient/" + patient + "/$record-movement",
                        movement("died", "LEI", Instant.now().minusSeconds(600)))
                .send();
        assertThat(died.status()).as(died.body()).isEqualTo(200);
        assertThat(system.get("/Patient/" + patient)
                        .send()
                        .resource(Patient.class)
                        .hasDeceasedDateTimeType())
                .isTrue();

        Observation changed = system.get("/Observation/" + observation).send().resource(Observation.class);
        changed.setStatus(Observation.ObservationStatus.AMENDED);
        assertThat(system.put("/Observation/" + observation, changed).send().status())
                .isEqualTo(409);
        assertThat(system.as("gp.leeds")
                        .put("/Observation/" + observation, changed)
                        .send()
                        .status())
                .isEqualTo(404);

        Parameters reason = new Parameters();
        reason.addParameter(
                "reason", "Heart rate entered against the wrong patient; correcting at the reviewer's request");
        assertThat(nurse.post("/Patient/" + patient + "/$record-correction", reason)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.as("gp.manchester")
                        .post("/Patient/" + patient + "/$record-correction", reason)
                        .send()
                        .status())
                .isEqualTo(404);
        FhirResponse granted = system.as("gp.leeds")
                .post("/Patient/" + patient + "/$record-correction", reason)
                .send();
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(system.as("gp.leeds")
                        .put("/Observation/" + observation, changed)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(system.as("caldicott")
                        .get("/AuditEvent?patient=Patient/" + patient + "&_count=1000")
                        .send()
                        .body())
                .contains("record-correction");

        Bundle pack = system.as("gp.leeds")
                .get("/Patient/" + patient + "/$disclosure-pack")
                .send()
                .resource(Bundle.class);
        assertThat(pack.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(pack.getEntry())
                .anyMatch(e -> e.getResource() instanceof Observation o
                        && o.getStatus() == Observation.ObservationStatus.FINAL);
        FhirResponse pdf = system.as("gp.leeds")
                .get("/Patient/" + patient + "/$disclosure-pack?format=pdf")
                .send();
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(system.as("nurse.manchester")
                        .get("/Patient/" + patient + "/$disclosure-pack")
                        .send()
                        .status())
                .isEqualTo(404);
    }

    /**
     * The record of a patient created dead is frozen from the moment of that write, inside the same
     * transaction: the patient is not looked up in the database (it is new), but the freeze the
     * write itself made still counts, for it and for the entries after it.
     */
    @Test
    void aPatientCreatedDeadIsFrozenWithinTheSameTransaction() {
        FhirHttp system = new FhirHttp(port);
        String nhsNumber = uniqueNhsNumber();
        Patient patient = aPatient().withNhsNumber(nhsNumber).build();
        patient.setDeceased(new DateTimeType(new Date()));
        String patientUrl = "urn:uuid:8f0c5a43-1c4e-4bb5-9c62-2d8f3b7f0a11";
        Observation heartRate = aHeartRate("unused", 70);
        heartRate.setSubject(new Reference(patientUrl));
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction
                .addEntry()
                .setFullUrl(patientUrl)
                .setResource(patient)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient");
        transaction
                .addEntry()
                .setResource(heartRate)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");

        FhirResponse response = system.post("", transaction).send();

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.body()).contains("frozen");
        assertThat(system.get("/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|" + nhsNumber)
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .isEmpty();
    }
}
