package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

@IntegrationTest
class BulkExportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    FhirHttp fhir;
    String since;

    @BeforeEach
    void setUp() throws InterruptedException {
        fhir = new FhirHttp(port);
        Thread.sleep(20);
        since = new InstantType(new java.util.Date()).getValueAsString().replace("+", "%2B");
        Thread.sleep(20);
    }

    @Test
    void aSystemExportRoundTripHoldsExactlyWhatWasThere() throws Exception {
        List<String> patients = new ArrayList<>();
        List<String> observations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String patient = fhir.post("/Patient", aPatient().build()).send().createdId();
            patients.add(patient);
            observations.add(fhir.post("/Observation", aHeartRate(patient, 60 + i))
                    .send()
                    .createdId());
        }

        Map<String, List<Resource>> files = export("/$export?_type=Patient,Observation&_since=" + since);

        assertThat(ids(files.get("Patient"))).containsExactlyInAnyOrderElementsOf(patients);
        assertThat(ids(files.get("Observation"))).containsExactlyInAnyOrderElementsOf(observations);
    }

    @Test
    void theFilesShowTheRecordAsItStoodAtKickOff() throws Exception {
        String kept = fhir.post("/Patient", aPatient().withFamilyName("AsItWas").build())
                .send()
                .createdId();
        String removed = fhir.post("/Patient", aPatient().build()).send().createdId();
        String location = kickOff("/$export?_type=Patient&_since=" + since);
        fhir.put(
                        "/Patient/" + kept,
                        aPatient().withFamilyName("Changed").withId(kept).build())
                .send();
        fhir.delete("/Patient/" + removed).send();
        String late = fhir.post("/Patient", aPatient().build()).send().createdId();

        List<Resource> exported = download(location).get("Patient");

        assertThat(ids(exported)).containsExactlyInAnyOrder(kept, removed).doesNotContain(late);
        Patient keptThen = (Patient) exported.stream()
                .filter(r -> r.getIdElement().getIdPart().equals(kept))
                .findFirst()
                .orElseThrow();
        assertThat(keptThen.getNameFirstRep().getFamily()).isEqualTo("AsItWas");
    }

    @Test
    void patientGroupAndTypeFilterExports() throws Exception {
        String member = fhir.post("/Patient", aPatient().build()).send().createdId();
        String other = fhir.post("/Patient", aPatient().build()).send().createdId();
        String memberObservation =
                fhir.post("/Observation", aHeartRate(member, 70)).send().createdId();
        fhir.post("/Observation", aHeartRate(other, 120)).send();
        fhir.post("/Practitioner", "{\"resourceType\":\"Practitioner\"}").send();
        Group group = new Group();
        group.setType(Group.GroupType.PERSON).setActual(true);
        group.addMember().setEntity(new Reference("Patient/" + member));
        String groupId = fhir.post("/Group", group).send().createdId();

        Map<String, List<Resource>> patientLevel = export("/Patient/$export?_since=" + since);
        assertThat(patientLevel).containsKeys("Patient", "Observation").doesNotContainKey("Practitioner");

        Map<String, List<Resource>> groupLevel = export("/Group/" + groupId + "/$export?_since=" + since);
        assertThat(ids(groupLevel.get("Patient"))).containsExactly(member);
        assertThat(ids(groupLevel.get("Observation"))).containsExactly(memberObservation);

        Map<String, List<Resource>> filtered = export(
                "/$export?_type=Observation&_since=" + since + "&_typeFilter=Observation%3Fvalue-quantity%3Dlt100");
        assertThat(ids(filtered.get("Observation"))).containsExactly(memberObservation);
    }

    @Test
    void kickOffRulesAreEnforced() {
        assertThat(fhir.get("/$export").send().status()).isEqualTo(400);
        assertThat(async("/$export?_outputFormat=text/csv").status()).isEqualTo(400);
        assertThat(async("/$export?_type=Nonsense").status()).isEqualTo(404);
        assertThat(async("/$export?_typeFilter=Observation%3Fnonsense%3D1").status())
                .isEqualTo(400);
        assertThat(async("/$export?_elements=id").status()).isEqualTo(400);
        assertThat(async("/$export?_since=yesterday").status()).isEqualTo(400);
        assertThat(fhir.get("/$export-status/not-a-job").send().status()).isEqualTo(404);
    }

    @Test
    void cancellingRemovesTheJob() {
        String location = kickOff("/$export?_type=Patient");
        String path = location.substring(fhir.base().length());

        assertThat(fhir.delete(path).send().status()).isEqualTo(202);
        assertThat(fhir.get(path).send().status()).isEqualTo(404);
    }

    private FhirResponse async(String path) {
        return fhir.get(path)
                .header("Prefer", "respond-async")
                .header("Accept", "application/fhir+json")
                .send();
    }

    private String kickOff(String path) {
        FhirResponse kickOff = async(path);
        assertThat(kickOff.status()).as(kickOff.body()).isEqualTo(202);
        return kickOff.header("Content-Location");
    }

    private Map<String, List<Resource>> export(String path) throws Exception {
        return download(kickOff(path));
    }

    private Map<String, List<Resource>> download(String location) throws Exception {
        String statusPath = location.substring(fhir.base().length());
        FhirResponse status = fhir.get(statusPath).send();
        for (int i = 0; i < 100 && status.status() == 202; i++) {
            assertThat(status.header("Retry-After")).isNotNull();
            assertThat(status.header("X-Progress")).isNotNull();
            Thread.sleep(100);
            status = fhir.get(statusPath).send();
        }
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        JsonNode manifest = JSON.readTree(status.body());
        assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.get("transactionTime").asText()).isNotEmpty();
        Map<String, List<Resource>> files = new HashMap<>();
        for (JsonNode output : manifest.get("output")) {
            FhirResponse file = fhir.get(
                            output.get("url").asText().substring(fhir.base().length()))
                    .send();
            assertThat(file.header("Content-Type")).startsWith("application/fhir+ndjson");
            List<Resource> resources = new ArrayList<>();
            for (String line : file.body().split("\n")) {
                if (!line.isBlank()) {
                    resources.add(
                            (Resource) FhirContext.forR4Cached().newJsonParser().parseResource(line));
                }
            }
            assertThat(resources).hasSize(output.get("count").asInt());
            files.put(output.get("type").asText(), resources);
        }
        return files;
    }

    private static List<String> ids(List<Resource> resources) {
        return resources == null
                ? List.of()
                : resources.stream().map(r -> r.getIdElement().getIdPart()).toList();
    }
}
