package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;
import static org.throughcare.testing.TestPatients.uniqueNhsNumber;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.NhsNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

@IntegrationTest
class ResourceInteractionsTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void createAssignsIdVersionAndHeaders() {
        Patient sent = aPatient().withId("client-chosen-id").build();

        FhirResponse created = fhir.post("/Patient", sent).send();

        assertThat(created.status()).isEqualTo(201);
        String id = created.createdId();
        assertThat(id).isNotEqualTo("client-chosen-id").matches("[0-9a-f-]{36}");
        assertThat(created.header("Location")).isEqualTo(fhir.base() + "/Patient/" + id + "/_history/1");
        assertThat(created.header("ETag")).isEqualTo("W/\"1\"");
        assertThat(created.header("Last-Modified")).endsWith("GMT");
        Patient stored = created.resource(Patient.class);
        assertThat(stored.getMeta().getVersionId()).isEqualTo("1");
        assertThat(stored.getMeta().getLastUpdated()).isNotNull();
    }

    @Test
    void readReturnsTheStoredResourceWithVersionHeaders() {
        String id = fhir.post("/Patient", aPatient().withFamilyName("Okafor").build())
                .send()
                .createdId();

        FhirResponse read = fhir.get("/Patient/" + id).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(read.header("ETag")).isEqualTo("W/\"1\"");
        assertThat(read.resource(Patient.class).getNameFirstRep().getFamily()).isEqualTo("Okafor");
    }

    @Test
    void updateMakesANewVersionAndKeepsTheOldOne() {
        String id = fhir.post("/Patient", aPatient().withFamilyName("Before").build())
                .send()
                .createdId();
        Patient changed = aPatient().withFamilyName("After").withId(id).build();

        FhirResponse updated = fhir.put("/Patient/" + id, changed).send();

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("W/\"2\"");
        assertThat(fhir.get("/Patient/" + id)
                        .send()
                        .resource(Patient.class)
                        .getNameFirstRep()
                        .getFamily())
                .isEqualTo("After");
        assertThat(fhir.get("/Patient/" + id + "/_history/1")
                        .send()
                        .resource(Patient.class)
                        .getNameFirstRep()
                        .getFamily())
                .isEqualTo("Before");
        assertThat(fhir.get("/Patient/" + id + "/_history/2").send().header("ETag"))
                .isEqualTo("W/\"2\"");
    }

    @Test
    void updateWithAClientIdThatDoesNotExistCreatesIt() {
        String id = "reception-" + System.nanoTime();

        FhirResponse created =
                fhir.put("/Patient/" + id, aPatient().withId(id).build()).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/Patient/" + id + "/_history/1");
    }

    @Test
    void updateWithIdenticalContentWritesNoNewVersion() {
        Patient patient = aPatient().build();
        String id = fhir.post("/Patient", patient).send().createdId();
        patient.setId(id);

        FhirResponse again = fhir.put("/Patient/" + id, patient).send();

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("W/\"1\"");
    }

    @Test
    void ifMatchWithTheCurrentVersionUpdates() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        FhirResponse updated = fhir.put(
                        "/Patient/" + id,
                        aPatient().withFamilyName("Matched").withId(id).build())
                .header("If-Match", "W/\"1\"")
                .send();

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("W/\"2\"");
    }

    @Test
    void ifMatchWithAnOldVersionIsRefusedAndChangesNothing() {
        String id = fhir.post("/Patient", aPatient().withFamilyName("Original").build())
                .send()
                .createdId();
        fhir.put(
                        "/Patient/" + id,
                        aPatient().withFamilyName("Second").withId(id).build())
                .send();

        FhirResponse stale = fhir.put(
                        "/Patient/" + id,
                        aPatient().withFamilyName("Lost").withId(id).build())
                .header("If-Match", "W/\"1\"")
                .send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.outcome().getIssue().getFirst().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        FhirResponse current = fhir.get("/Patient/" + id).send();
        assertThat(current.header("ETag")).isEqualTo("W/\"2\"");
        assertThat(current.resource(Patient.class).getNameFirstRep().getFamily())
                .isEqualTo("Second");
    }

    @Test
    void ifNoneMatchWithTheCurrentVersionAnswersNotModified() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        FhirResponse notModified =
                fhir.get("/Patient/" + id).header("If-None-Match", "W/\"1\"").send();
        FhirResponse older =
                fhir.get("/Patient/" + id).header("If-None-Match", "W/\"0\"").send();

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(older.status()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceAfterTheLastUpdateAnswersNotModified() {
        FhirResponse created = fhir.post("/Patient", aPatient().build()).send();
        String id = created.createdId();

        FhirResponse notModified = fhir.get("/Patient/" + id)
                .header("If-Modified-Since", created.header("Last-Modified"))
                .send();
        FhirResponse modified = fhir.get("/Patient/" + id)
                .header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
                .send();

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(modified.status()).isEqualTo(200);
    }

    @Test
    void deleteLeavesATombstoneSoReadsAreGoneAndHistoryRemains() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        FhirResponse deleted = fhir.delete("/Patient/" + id).send();

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.header("ETag")).isEqualTo("W/\"2\"");
        assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(410);
        assertThat(fhir.get("/Patient/" + id + "/_history/2").send().status()).isEqualTo(410);
        assertThat(fhir.get("/Patient/" + id + "/_history/1").send().status()).isEqualTo(200);
        Bundle history = fhir.get("/Patient/" + id + "/_history").send().resource(Bundle.class);
        assertThat(history.getEntry()).hasSize(2);
        assertThat(history.getEntry().getFirst().getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.DELETE);
    }

    @Test
    void deletingAgainOrDeletingWhatNeverExistedChangesNothing() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        fhir.delete("/Patient/" + id).send();

        assertThat(fhir.delete("/Patient/" + id).send().status()).isEqualTo(200);
        assertThat(fhir.delete("/Patient/never-existed-" + System.nanoTime())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(fhir.get("/Patient/" + id + "/_history")
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .hasSize(2);
    }

    @Test
    void deleteWithAStaleIfMatchIsRefused() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        fhir.put(
                        "/Patient/" + id,
                        aPatient().withFamilyName("Changed").withId(id).build())
                .send();

        FhirResponse refused =
                fhir.delete("/Patient/" + id).header("If-Match", "W/\"1\"").send();

        assertThat(refused.status()).isEqualTo(412);
        assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(200);
    }

    @Test
    void deletingAPatientThatRecordsStillReferToIsRefused() {
        String patientId = fhir.post("/Patient", aPatient().build()).send().createdId();
        fhir.post("/Observation", aHeartRate(patientId, 70)).send();

        FhirResponse refused = fhir.delete("/Patient/" + patientId).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(fhir.get("/Patient/" + patientId).send().status()).isEqualTo(200);
    }

    @Test
    void readingAnUnknownIdIsNotFoundAndAnUnknownVersionToo() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        assertThat(fhir.get("/Patient/no-such-" + System.nanoTime()).send().status())
                .isEqualTo(404);
        assertThat(fhir.get("/Patient/" + id + "/_history/9").send().status()).isEqualTo(404);
        assertThat(fhir.get("/Patient/" + id + "/_history/x").send().status()).isEqualTo(404);
    }

    @Test
    void conditionalCreateMatchingOneResourceCreatesNothing() {
        String nhsNumber = uniqueNhsNumber();
        String first = fhir.post("/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .send()
                .createdId();

        FhirResponse again = fhir.post(
                        "/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .header("If-None-Exist", "identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber)
                .send();

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.resource(Patient.class).getIdElement().getIdPart()).isEqualTo(first);
    }

    @Test
    void conditionalCreateMatchingNothingCreates() {
        String nhsNumber = uniqueNhsNumber();

        FhirResponse created = fhir.post(
                        "/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .header("If-None-Exist", "identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber)
                .send();

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void conditionalCreateMatchingSeveralIsRefused() {
        String family = "Dup" + System.nanoTime();
        fhir.post("/Patient", aPatient().withFamilyName(family).build()).send();
        fhir.post("/Patient", aPatient().withFamilyName(family).build()).send();

        FhirResponse refused = fhir.post(
                        "/Patient", aPatient().withFamilyName(family).build())
                .header("If-None-Exist", "family=" + family)
                .send();

        assertThat(refused.status()).isEqualTo(412);
    }

    @Test
    void conditionalCreateByIdAndByTokenParameters() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        FhirResponse byId = fhir.post("/Patient", aPatient().build())
                .header("If-None-Exist", "_id=" + id)
                .send();
        FhirResponse byToken = fhir.post("/Patient", aPatient().build())
                .header("If-None-Exist", "_id=" + id + "&gender=female")
                .send();

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byToken.status()).isEqualTo(200);
    }

    @Test
    void conditionalUpdateUpdatesTheMatchOrCreates() {
        String nhsNumber = uniqueNhsNumber();
        String criteria = "?identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber;

        FhirResponse created = fhir.put(
                        "/Patient" + criteria,
                        aPatient().withNhsNumber(nhsNumber).build())
                .send();
        FhirResponse updated = fhir.put(
                        "/Patient" + criteria,
                        aPatient()
                                .withNhsNumber(nhsNumber)
                                .withFamilyName("Updated")
                                .build())
                .send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.createdId()).isEqualTo(created.createdId());
        assertThat(updated.header("ETag")).isEqualTo("W/\"2\"");
    }

    @Test
    void conditionalDeleteRemovesTheOneMatch() {
        String nhsNumber = uniqueNhsNumber();
        String id = fhir.post("/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .send()
                .createdId();

        FhirResponse deleted = fhir.delete("/Patient?identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber)
                .send();

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(410);
    }

    @Test
    void preferMinimalReturnsNoBody() {
        FhirResponse created = fhir.post("/Patient", aPatient().build())
                .header("Prefer", "return=minimal")
                .send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        assertThat(created.header("Location")).contains("/_history/1");
        assertThat(created.header("ETag")).isEqualTo("W/\"1\"");
    }

    @Test
    void preferOperationOutcomeReturnsAnOutcome() {
        FhirResponse created = fhir.post("/Patient", aPatient().build())
                .header("Prefer", "return=OperationOutcome")
                .send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.outcome().getIssue().getFirst().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
    }

    @Test
    void preferRepresentationReturnsTheStoredResource() {
        FhirResponse created = fhir.post("/Patient", aPatient().build())
                .header("Prefer", "return=representation")
                .send();

        assertThat(created.resource(Patient.class).getMeta().getVersionId()).isEqualTo("1");
    }
}
