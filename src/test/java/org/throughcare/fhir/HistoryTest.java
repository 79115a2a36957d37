package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;

@IntegrationTest
class HistoryTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void instanceHistoryListsEveryVersionNewestFirst() {
        String id = fhir.post("/Patient", aPatient().withFamilyName("One").build())
                .send()
                .createdId();
        fhir.put("/Patient/" + id, aPatient().withFamilyName("Two").withId(id).build())
                .send();
        fhir.put("/Patient/" + id, aPatient().withFamilyName("Three").withId(id).build())
                .send();

        Bundle history = fhir.get("/Patient/" + id + "/_history").send().resource(Bundle.class);

        assertThat(history.getType()).isEqualTo(Bundle.BundleType.HISTORY);
        assertThat(history.getEntry())
                .extracting(e -> e.getResource().getMeta().getVersionId())
                .containsExactly("3", "2", "1");
        assertThat(history.getEntry().get(2).getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
        assertThat(history.getEntry().get(0).getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
        assertThat(history.getEntry().get(0).getResponse().getEtag()).isEqualTo("W/\"3\"");
        assertThat(history.getEntry().get(0).getFullUrl()).isEqualTo(fhir.base() + "/Patient/" + id);
    }

    @Test
    void historyOfAnUnknownResourceIsNotFound() {
        assertThat(fhir.get("/Patient/nobody-" + System.nanoTime() + "/_history")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(fhir.get("/Nonsense/_history").send().status()).isEqualTo(404);
    }

    @Test
    void sinceLimitsHistoryToLaterVersions() throws InterruptedException {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        Thread.sleep(20);
        String since = new InstantType(new java.util.Date()).getValueAsString();
        Thread.sleep(20);
        fhir.put("/Patient/" + id, aPatient().withFamilyName("Later").withId(id).build())
                .send();

        Bundle history = fhir.get("/Patient/" + id + "/_history?_since=" + since.replace("+", "%2B"))
                .send()
                .resource(Bundle.class);

        assertThat(history.getEntry())
                .extracting(e -> e.getResource().getMeta().getVersionId())
                .containsExactly("2");
    }

    @Test
    void aBadSinceOrCountIsABadRequest() {
        assertThat(fhir.get("/_history?_since=yesterday").send().status()).isEqualTo(400);
        assertThat(fhir.get("/_history?_count=-1").send().status()).isEqualTo(400);
        assertThat(fhir.get("/_history?_count=lots").send().status()).isEqualTo(400);
        assertThat(fhir.get("/_history?_page=forged").send().status()).isEqualTo(400);
    }

    @Test
    void typeHistoryPagesWithoutDuplicatesOrGapsWhileOthersWrite() {
        String type = "Practitioner";
        String since = new InstantType(new java.util.Date()).getValueAsString().replace("+", "%2B");
        Set<String> written = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            written.add(
                    fhir.post("/" + type, "{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"P" + i + "\"}]}")
                            .send()
                            .createdId());
        }
        List<String> seen = new ArrayList<>();
        String next = "/" + type + "/_history?_count=5&_since=" + since;
        while (next != null) {
            Bundle page = fhir.get(next).send().resource(Bundle.class);
            page.getEntry().forEach(e -> seen.add(e.getResource().getIdElement().getIdPart()));
            // Writes arriving while the client pages must not shift what the pages hold.
            fhir.post("/" + type, "{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"Late\"}]}")
                    .send();
            next = page.getLink("next") == null
                    ? null
                    : page.getLink("next").getUrl().substring(fhir.base().length());
        }

        assertThat(seen).hasSize(12).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(written);
    }

    @Test
    void systemHistoryIncludesEveryType() {
        String since = new InstantType(new java.util.Date()).getValueAsString().replace("+", "%2B");
        String patient = fhir.post("/Patient", aPatient().build()).send().createdId();
        String practitioner = fhir.post("/Practitioner", "{\"resourceType\":\"Practitioner\"}")
                .send()
                .createdId();

        Bundle history = fhir.get("/_history?_since=" + since).send().resource(Bundle.class);

        assertThat(history.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(patient, practitioner);
    }

    @Test
    void historyInXmlHasTheSameEntries() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        fhir.delete("/Patient/" + id).send();

        Bundle history =
                fhir.get("/Patient/" + id + "/_history?_format=xml").send().resource(Bundle.class);

        assertThat(history.getEntry()).hasSize(2);
        assertThat(history.getEntry().get(0).hasResource()).isFalse();
        assertThat(history.getEntry().get(0).getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.DELETE);
    }
}
