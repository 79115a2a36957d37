package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;
import static org.throughcare.testing.TestPatients.uniqueNhsNumber;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.NhsNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

@IntegrationTest
class BundleTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void transactionCreatesEverythingAndRewritesUuidReferences() {
        Bundle transaction = transaction();
        Observation observation = aHeartRate("x", 80);
        observation.setSubject(new Reference("urn:uuid:7d3f0c1e-0000-4000-8000-000000000001"));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-000000000002", observation);
        post(
                transaction,
                "urn:uuid:7d3f0c1e-0000-4000-8000-000000000001",
                aPatient().build());

        FhirResponse response = fhir.post("", transaction).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Bundle result = response.resource(Bundle.class);
        assertThat(result.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(result.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .containsExactly("201 Created", "201 Created");
        String observationLocation = result.getEntry().get(0).getResponse().getLocation();
        String patientLocation = result.getEntry().get(1).getResponse().getLocation();
        Observation stored = fhir.get("/" + observationLocation).send().resource(Observation.class);
        assertThat(stored.getSubject().getReference())
                .isEqualTo(patientLocation.substring(0, patientLocation.indexOf("/_history")));
    }

    @Test
    void aFailingEntryRollsBackTheWholeTransaction() {
        String nhsNumber = uniqueNhsNumber();
        Bundle transaction = transaction();
        post(
                transaction,
                "urn:uuid:7d3f0c1e-0000-4000-8000-000000000010",
                aPatient().withNhsNumber(nhsNumber).build());
        Observation broken = new Observation();
        broken.setStatus(Observation.ObservationStatus.FINAL);
        broken.getCode().setText("no subject that exists");
        broken.setSubject(new Reference("Patient/does-not-exist"));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-000000000011", broken);

        FhirResponse response = fhir.post("", transaction).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.outcome().getIssue().getFirst().getDiagnostics()).startsWith("Bundle.entry[1]");
        assertThat(patientsWith(nhsNumber)).isZero();
    }

    @Test
    void anInvalidResourceAnywhereRefusesTheTransactionBeforeWriting() {
        String nhsNumber = uniqueNhsNumber();
        Bundle transaction = transaction();
        post(
                transaction,
                "urn:uuid:7d3f0c1e-0000-4000-8000-000000000020",
                aPatient().withNhsNumber(nhsNumber).build());
        post(
                transaction,
                "urn:uuid:7d3f0c1e-0000-4000-8000-000000000021",
                aPatient().withNhsNumber("0000000001").build());

        FhirResponse response = fhir.post("", transaction).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.outcome()
                        .getIssue()
                        .getFirst()
                        .getExpression()
                        .getFirst()
                        .getValue())
                .isEqualTo("Bundle.entry[1].resource.Patient.identifier[0].value");
        assertThat(patientsWith(nhsNumber)).isZero();
    }

    @Test
    void entriesRunInSpecificationOrderDeleteThenPostThenPutThenGet() {
        String toDelete = fhir.post("/Patient", aPatient().build()).send().createdId();
        String toUpdate = fhir.post("/Patient", aPatient().withFamilyName("Old").build())
                .send()
                .createdId();
        Bundle transaction = transaction();
        transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Patient/" + toUpdate);
        transaction
                .addEntry()
                .setResource(aPatient().withFamilyName("New").withId(toUpdate).build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("Patient/" + toUpdate);
        transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient/" + toDelete);
        post(
                transaction,
                "urn:uuid:7d3f0c1e-0000-4000-8000-000000000030",
                aPatient().build());

        Bundle result = fhir.post("", transaction).send().resource(Bundle.class);

        assertThat(result.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .containsExactly("200 OK", "200 OK", "204 No Content", "201 Created");
        // The GET ran last, so it reads the updated version.
        assertThat(((Patient) result.getEntry().get(0).getResource())
                        .getNameFirstRep()
                        .getFamily())
                .isEqualTo("New");
        assertThat(fhir.get("/Patient/" + toDelete).send().status()).isEqualTo(410);
    }

    @Test
    void ifNoneExistInATransactionReusesTheMatch() {
        String nhsNumber = uniqueNhsNumber();
        String existing = fhir.post(
                        "/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .send()
                .createdId();
        Bundle transaction = transaction();
        transaction
                .addEntry()
                .setFullUrl("urn:uuid:7d3f0c1e-0000-4000-8000-000000000040")
                .setResource(aPatient().withNhsNumber(nhsNumber).build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient")
                .setIfNoneExist("identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber);
        Observation observation = aHeartRate("x", 66);
        observation.setSubject(new Reference("urn:uuid:7d3f0c1e-0000-4000-8000-000000000040"));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-000000000041", observation);

        Bundle result = fhir.post("", transaction).send().resource(Bundle.class);

        assertThat(result.getEntry().get(0).getResponse().getStatus()).isEqualTo("200 OK");
        assertThat(result.getEntry().get(0).getResponse().getLocation()).startsWith("Patient/" + existing);
        Observation stored = fhir.get(
                        "/" + result.getEntry().get(1).getResponse().getLocation())
                .send()
                .resource(Observation.class);
        assertThat(stored.getSubject().getReference()).isEqualTo("Patient/" + existing);
    }

    @Test
    void conditionalReferencesResolveToTheOneMatch() {
        String nhsNumber = uniqueNhsNumber();
        String patient = fhir.post(
                        "/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .send()
                .createdId();
        Bundle transaction = transaction();
        Observation observation = aHeartRate("x", 71);
        observation.setSubject(new Reference("Patient?identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-000000000050", observation);

        Bundle result = fhir.post("", transaction).send().resource(Bundle.class);

        Observation stored = fhir.get(
                        "/" + result.getEntry().get(0).getResponse().getLocation())
                .send()
                .resource(Observation.class);
        assertThat(stored.getSubject().getReference()).isEqualTo("Patient/" + patient);
    }

    @Test
    void aConditionalReferenceMatchingNothingFailsTheTransaction() {
        Bundle transaction = transaction();
        Observation observation = aHeartRate("x", 71);
        observation.setSubject(new Reference("Patient?identifier=" + NhsNumber.SYSTEM + "|" + uniqueNhsNumber()));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-000000000060", observation);

        assertThat(fhir.post("", transaction).send().status()).isEqualTo(412);
    }

    @Test
    void twoEntriesChangingTheSameResourceAreRefused() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        Bundle transaction = transaction();
        transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient/" + id);
        transaction
                .addEntry()
                .setResource(aPatient().withId(id).build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("Patient/" + id);

        assertThat(fhir.post("", transaction).send().status()).isEqualTo(400);
        assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(200);
    }

    @Test
    void twoEntriesWithOneFullUrlAreRefusedAndNothingIsStored() {
        String nhsNumber = uniqueNhsNumber();
        Bundle transaction = transaction();
        String shared = "urn:uuid:7d3f0c1e-0000-4000-8000-0000000000aa";
        post(transaction, shared, aPatient().withNhsNumber(nhsNumber).build());
        post(transaction, shared, aPatient().build());
        Observation observation = aHeartRate("x", 72);
        observation.setSubject(new Reference(shared));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-0000000000ab", observation);

        FhirResponse refused = fhir.post("", transaction).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Bundle.entry[1]").contains("fullUrl");
        assertThat(fhir.get("/Patient?identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber)
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .isEmpty();
    }

    @Test
    void anEntryWhoseRequestUrlIsAnotherServersIsRefused() {
        Bundle transaction = transaction();
        transaction
                .addEntry()
                .setResource(aPatient().build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("https://elsewhere.example/fhir/Patient");

        assertThat(fhir.post("", transaction).send().status()).isEqualTo(400);
    }

    @Test
    void aReferenceToAMissingBundleEntryIsRefused() {
        Bundle transaction = transaction();
        Observation observation = aHeartRate("x", 71);
        observation.setSubject(new Reference("urn:uuid:7d3f0c1e-0000-4000-8000-0000000000ff"));
        post(transaction, "urn:uuid:7d3f0c1e-0000-4000-8000-000000000070", observation);

        assertThat(fhir.post("", transaction).send().status()).isEqualTo(400);
    }

    @Test
    void aJsonPatchEntryNamingAPropertyTwiceIsRefused() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        Bundle transaction = transaction();
        jsonPatch(transaction, id, "[{\"op\":\"test\",\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]");

        FhirResponse refused = fhir.post("", transaction).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("twice");
        assertThat(fhir.get("/Patient/" + id)
                        .send()
                        .resource(Patient.class)
                        .getMeta()
                        .getVersionId())
                .isEqualTo("1");
    }

    @Test
    void transactionPatchAndConditionalUpdate() {
        String nhsNumber = uniqueNhsNumber();
        String id = fhir.post("/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .send()
                .createdId();
        Bundle transaction = transaction();
        jsonPatch(transaction, id, "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]");
        String other = uniqueNhsNumber();
        transaction
                .addEntry()
                .setResource(aPatient().withNhsNumber(other).build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("Patient?identifier=" + NhsNumber.SYSTEM + "|" + other);

        Bundle result = fhir.post("", transaction).send().resource(Bundle.class);

        assertThat(result.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .containsExactly("200 OK", "201 Created");
        assertThat(fhir.get("/Patient/" + id)
                        .send()
                        .resource(Patient.class)
                        .getGender()
                        .toCode())
                .isEqualTo("male");
        assertThat(patientsWith(other)).isEqualTo(1);
    }

    @Test
    void batchRunsEachEntryOnItsOwn() {
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry()
                .setResource(aPatient().build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient");
        batch.addEntry()
                .setResource(aPatient().withNhsNumber("0000000001").build())
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient");
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Patient/missing-" + System.nanoTime());

        Bundle result = fhir.post("", batch).send().resource(Bundle.class);

        assertThat(result.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
        assertThat(result.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .containsExactly("201 Created", "422 Unprocessable Entity", "404 Not Found");
        assertThat(result.getEntry().get(1).getResponse().getOutcome()).isNotNull();
        assertThat(fhir.get("/" + result.getEntry().get(0).getResponse().getLocation())
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyTransactionsAndBatchesMayBePostedToTheBase() {
        assertThat(fhir.post("", aPatient().build()).send().status()).isEqualTo(400);
        assertThat(fhir.post("", new Bundle().setType(Bundle.BundleType.COLLECTION))
                        .send()
                        .status())
                .isEqualTo(400);
    }

    private int patientsWith(String nhsNumber) {
        FhirResponse conditional = fhir.post(
                        "/Patient", aPatient().withNhsNumber(nhsNumber).build())
                .header("If-None-Exist", "identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber)
                .header("Prefer", "return=minimal")
                .send();
        if (conditional.status() == 201) {
            fhir.delete("/Patient/" + conditional.createdId()).send();
            return 0;
        }
        return 1;
    }

    private static Bundle transaction() {
        return new Bundle().setType(Bundle.BundleType.TRANSACTION);
    }

    /** A PATCH entry carrying a JSON Patch as a Binary. */
    private static void jsonPatch(Bundle bundle, String patientId, String operations) {
        org.hl7.fhir.r4.model.Binary patch = new org.hl7.fhir.r4.model.Binary();
        patch.setContentType("application/json-patch+json");
        patch.setData(operations.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bundle.addEntry()
                .setResource(patch)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PATCH)
                .setUrl("Patient/" + patientId);
    }

    private static void post(Bundle bundle, String fullUrl, org.hl7.fhir.r4.model.Resource resource) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }
}
