package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.SearchHttp;

@IntegrationTest
class EverythingTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    SearchHttp search;
    String patient;
    String practitioner;

    @BeforeEach
    void setUp() {
        fhir = new FhirHttp(port);
        search = new SearchHttp(fhir);
        patient = fhir.post("/Patient", aPatient().build()).send().createdId();
        practitioner = fhir.post(
                        "/Practitioner", "{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"Singh\"}]}")
                .send()
                .createdId();
    }

    private String observation(int value) {
        Observation observation = aHeartRate(patient, value);
        observation.addPerformer(new Reference("Practitioner/" + practitioner));
        return fhir.post("/Observation", observation).send().createdId();
    }

    @Test
    void returnsThePatientTheirCompartmentAndWhatItRefersTo() {
        String observation = observation(70);
        String allergy = fhir.post(
                        "/AllergyIntolerance",
                        "{\"resourceType\":\"AllergyIntolerance\",\"patient\":{\"reference\":\"Patient/"
                                + patient + "\"},\"clinicalStatus\":{\"coding\":[{\"system\":"
                                + "\"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical\",\"code\":\"active\"}]},"
                                + "\"code\":{\"text\":\"Penicillin\"}}")
                .send()
                .createdId();
        String someoneElse = fhir.post("/Patient", aPatient().build()).send().createdId();
        fhir.post("/Observation", aHeartRate(someoneElse, 90)).send();

        Bundle everything = search.bundle("/Patient/" + patient + "/$everything");

        assertThat(SearchHttp.matches(everything)).containsExactlyInAnyOrder(patient, observation, allergy);
        assertThat(SearchHttp.included(everything))
                .extracting(r -> r.getIdElement().getIdPart())
                .containsExactly(practitioner);
    }

    @Test
    void pagesThroughALongRecord() {
        List<String> all = new ArrayList<>(List.of(patient));
        for (int i = 0; i < 12; i++) {
            all.add(observation(60 + i));
        }
        List<String> seen = new ArrayList<>();
        Bundle page = search.bundle("/Patient/" + patient + "/$everything?_count=5");
        assertThat(page.getTotal()).isEqualTo(13);
        while (true) {
            seen.addAll(SearchHttp.matches(page));
            assertThat(SearchHttp.included(page)).extracting(Resource::fhirType).containsOnly("Practitioner");
            if (page.getLink("next") == null) {
                break;
            }
            page = search.bundle(
                    page.getLink("next").getUrl().substring(fhir.base().length()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void typeAndSinceNarrowIt() throws InterruptedException {
        observation(70);
        Thread.sleep(30);
        String since = new org.hl7.fhir.r4.model.InstantType(new java.util.Date())
                .getValueAsString()
                .replace("+", "%2B");
        String later = observation(71);

        assertThat(search.ids("/Patient/" + patient + "/$everything?_type=Patient"))
                .containsExactly(patient);
        assertThat(search.ids("/Patient/" + patient + "/$everything?_since=" + since))
                .containsExactly(later);
        assertThat(search.status("/Patient/" + patient + "/$everything?_type=Nonsense"))
                .isEqualTo(400);
    }

    @Test
    void unknownOrDeletedPatients() {
        assertThat(search.status("/Patient/nobody-" + System.nanoTime() + "/$everything"))
                .isEqualTo(404);
        String gone = fhir.post("/Patient", aPatient().build()).send().createdId();
        fhir.delete("/Patient/" + gone).send();
        assertThat(search.status("/Patient/" + gone + "/$everything")).isEqualTo(410);
    }
}
