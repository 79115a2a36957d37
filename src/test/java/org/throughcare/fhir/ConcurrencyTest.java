package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;
import static org.throughcare.testing.TestPatients.uniqueNhsNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.NhsNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/** Many clients at once on one resource: no lost update, no duplicate from a conditional create. */
@IntegrationTest
class ConcurrencyTest {

    static final int CLIENTS = 16;

    @LocalServerPort
    int port;

    FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void concurrentIfMatchUpdatesEachWinOrGet412AndVersionsStayStrict() throws Exception {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        List<FhirResponse> responses = all(
                CLIENTS,
                client -> () -> fhir.put(
                                "/Patient/" + id,
                                aPatient()
                                        .withFamilyName("Client" + client)
                                        .withId(id)
                                        .build())
                        .header("If-Match", "W/\"1\"")
                        .send());

        assertThat(responses).extracting(FhirResponse::status).containsOnly(200, 412);
        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(versionsOf(id)).containsExactly("2", "1");
    }

    @Test
    void concurrentReadModifyWriteLoopsLoseNoUpdate() throws Exception {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        int rounds = 5;

        all(CLIENTS, client -> () -> {
            for (int round = 0; round < rounds; round++) {
                while (true) {
                    FhirResponse current = fhir.get("/Patient/" + id).send();
                    Patient patient = current.resource(Patient.class);
                    patient.addName().setFamily("C" + client + "R" + round);
                    FhirResponse written = fhir.put("/Patient/" + id, patient)
                            .header("If-Match", current.header("ETag"))
                            .send();
                    if (written.status() == 200) {
                        break;
                    }
                    assertThat(written.status()).isEqualTo(412);
                }
            }
            return null;
        });

        Patient last = fhir.get("/Patient/" + id).send().resource(Patient.class);
        // Every client's every round survived: one name each, plus the original.
        assertThat(last.getName()).hasSize(1 + CLIENTS * rounds);
        assertThat(last.getMeta().getVersionId()).isEqualTo(Integer.toString(1 + CLIENTS * rounds));
        List<String> versions = versionsOf(id);
        assertThat(versions).hasSize(1 + CLIENTS * rounds).doesNotHaveDuplicates();
    }

    @Test
    void concurrentUnconditionalUpdatesProduceAGaplessVersionSequence() throws Exception {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        List<FhirResponse> responses = all(
                CLIENTS,
                client -> () -> fhir.put(
                                "/Patient/" + id,
                                aPatient()
                                        .withFamilyName("U" + client)
                                        .withId(id)
                                        .build())
                        .send());

        assertThat(responses).extracting(FhirResponse::status).containsOnly(200);
        Set<String> etags = new HashSet<>();
        responses.forEach(r -> etags.add(r.header("ETag")));
        assertThat(etags).hasSize(CLIENTS);
        assertThat(versionsOf(id)).hasSize(CLIENTS + 1);
    }

    @Test
    void concurrentConditionalCreatesMakeExactlyOneResource() throws Exception {
        String nhsNumber = uniqueNhsNumber();

        List<FhirResponse> responses = all(
                CLIENTS,
                client -> () -> fhir.post(
                                "/Patient", aPatient().withNhsNumber(nhsNumber).build())
                        .header("If-None-Exist", "identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber)
                        .send());

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(CLIENTS - 1);
        Set<String> ids = new HashSet<>();
        responses.forEach(r -> ids.add(r.resource(Patient.class).getIdElement().getIdPart()));
        assertThat(ids).hasSize(1);
    }

    @Test
    void concurrentCreateOnUpdateOfOneNewIdMakesOneResource() throws Exception {
        String id = "race-" + System.nanoTime();

        List<FhirResponse> responses = all(
                CLIENTS,
                client -> () -> fhir.put(
                                "/Patient/" + id,
                                aPatient()
                                        .withFamilyName("R" + client)
                                        .withId(id)
                                        .build())
                        .send());

        assertThat(responses).extracting(FhirResponse::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(versionsOf(id)).hasSize(CLIENTS);
    }

    /**
     * Transactions that race to create one client id lose at commit and are run again; the retry
     * gives their new entries new ids, so the references between entries must be rewritten afresh
     * (once failed with "Encounter.subject refers to Patient/..., which does not exist").
     */
    @Test
    void transactionsRetriedAfterLosingARaceStillLinkTheirOwnEntries() throws Exception {
        String organisation = "race-org-" + System.nanoTime();

        List<FhirResponse> responses = all(CLIENTS, client -> () -> {
            Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            org.hl7.fhir.r4.model.Organization shared = new org.hl7.fhir.r4.model.Organization();
            shared.setId(organisation);
            shared.setName("Shared " + client);
            transaction
                    .addEntry()
                    .setResource(shared)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl("Organization/" + organisation);
            String patientUrl = "urn:uuid:" + java.util.UUID.randomUUID();
            transaction
                    .addEntry()
                    .setFullUrl(patientUrl)
                    .setResource(aPatient().build())
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Patient");
            org.hl7.fhir.r4.model.Encounter encounter = new org.hl7.fhir.r4.model.Encounter();
            encounter.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
            encounter
                    .getClass_()
                    .setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode")
                    .setCode("AMB");
            encounter.getSubject().setReference(patientUrl);
            transaction
                    .addEntry()
                    .setResource(encounter)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Encounter");
            return fhir.post("", transaction).send();
        });

        assertThat(responses).extracting(FhirResponse::status).containsOnly(200);
        assertThat(versionsOf("Organization", organisation)).hasSize(CLIENTS);
    }

    private List<String> versionsOf(String id) {
        return versionsOf("Patient", id);
    }

    private List<String> versionsOf(String type, String id) {
        Bundle history =
                fhir.get("/" + type + "/" + id + "/_history?_count=1000").send().resource(Bundle.class);
        return history.getEntry().stream()
                .map(e -> e.getResource().getMeta().getVersionId())
                .toList();
    }

    interface Work {
        Callable<FhirResponse> forClient(int client);
    }

    /** Runs the work on every client at the same instant and waits for all of them. */
    private static List<FhirResponse> all(int clients, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<FhirResponse>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                Callable<FhirResponse> task = work.forClient(client);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<FhirResponse> responses = new ArrayList<>();
            for (Future<FhirResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
