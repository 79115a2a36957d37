package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.SearchHttp;

/** New search parameters are applied by an online reindex while writes carry on. */
@IntegrationTest
class ReindexTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    SearchHttp search;

    @BeforeEach
    void setUp() {
        fhir = new FhirHttp(port);
        search = new SearchHttp(fhir);
    }

    @Test
    void aCustomSearchParameterIndexesOldAndNewResources() throws InterruptedException {
        String marker = "note" + System.nanoTime();
        String code = "note-" + System.nanoTime();
        String patient = fhir.post("/Patient", aPatient().build()).send().createdId();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            before.add(fhir.post("/Observation", noted(patient, marker)).send().createdId());
        }

        String definition =
                "{\"resourceType\":\"SearchParameter\",\"url\":\"https://fhir.throughcare.org/SearchParameter/" + code
                        + "\",\"name\":\"NoteText\",\"status\":\"active\",\"description\":\"Text of observation notes\",\"code\":\""
                        + code
                        + "\",\"base\":[\"Observation\"],\"type\":\"string\",\"expression\":\"Observation.note.text\"}";
        assertThat(fhir.post("/SearchParameter", definition).send().status()).isEqualTo(201);
        String after = fhir.post("/Observation", noted(patient, marker)).send().createdId();

        awaitReindexDone();
        Bundle found = search.bundle("/Observation?" + code + "=" + marker);
        List<String> all = new ArrayList<>(before);
        all.add(after);
        assertThat(SearchHttp.matches(found)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(found.getEntry()).noneMatch(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME);
    }

    @Test
    void aSearchParameterThatCannotWorkIsRefused() {
        String broken =
                "{\"resourceType\":\"SearchParameter\",\"url\":\"https://x/sp\",\"name\":\"Broken\",\"status\":\"active\","
                        + "\"description\":\"x\",\"code\":\"broken-" + System.nanoTime()
                        + "\",\"base\":[\"Observation\"],\"type\":\"string\",\"expression\":\"Observation.((\"}";
        String redefining =
                "{\"resourceType\":\"SearchParameter\",\"url\":\"https://x/sp2\",\"name\":\"Code\",\"status\":\"active\","
                        + "\"description\":\"x\",\"code\":\"code\",\"base\":[\"Observation\"],\"type\":\"string\",\"expression\":\"Observation.id\"}";

        assertThat(fhir.post("/SearchParameter", broken).send().status()).isEqualTo(422);
        assertThat(fhir.post("/SearchParameter", redefining).send().status()).isEqualTo(422);
    }

    @Test
    void aFullReindexOfATypeReportsProgressAndKeepsSearchesRight() throws InterruptedException {
        String patient = fhir.post("/Patient", aPatient().build()).send().createdId();
        String observation =
                fhir.post("/Observation", aHeartRate(patient, 64)).send().createdId();

        assertThat(fhir.post("/$reindex?type=Observation", "").send().status()).isEqualTo(202);
        awaitReindexDone();

        assertThat(search.ids("/Observation?patient=" + patient)).containsExactly(observation);
        Parameters progress = fhir.get("/$reindex").send().resource(Parameters.class);
        assertThat(progress.getParameter()).isNotEmpty();
        assertThat(fhir.post("/$reindex?type=Nonsense", "").send().status()).isEqualTo(404);
    }

    private void awaitReindexDone() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Parameters progress = fhir.get("/$reindex").send().resource(Parameters.class);
            boolean running = progress.getParameter().stream().anyMatch(job -> job.getPart().stream()
                    .anyMatch(part -> part.getName().equals("status")
                            && !part.getValue().primitiveValue().equals("done")));
            if (!running) {
                Thread.sleep(200);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("reindexing did not finish");
    }

    private static Observation noted(String patient, String text) {
        Observation observation = aHeartRate(patient, 70);
        observation.addNote().setText(text);
        return observation;
    }
}
