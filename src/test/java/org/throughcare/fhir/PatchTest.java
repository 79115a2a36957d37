package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

@IntegrationTest
class PatchTest {

    static final String JSON_PATCH = "application/json-patch+json";

    @LocalServerPort
    int port;

    FhirHttp fhir;
    String id;

    @BeforeEach
    void aStoredPatient() {
        fhir = new FhirHttp(port);
        id = fhir.post("/Patient", aPatient().withFamilyName("Adeyemi").build())
                .send()
                .createdId();
    }

    @Test
    void jsonPatchReplacesAndAddsAndMakesANewVersion() {
        String patch = "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"},"
                + "{\"op\":\"add\",\"path\":\"/name/0/given/-\",\"value\":\"Tunde\"},"
                + "{\"op\":\"test\",\"path\":\"/name/0/family\",\"value\":\"Adeyemi\"}]";

        FhirResponse patched = fhir.patch("/Patient/" + id, patch, JSON_PATCH).send();

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("W/\"2\"");
        Patient patient = fhir.get("/Patient/" + id).send().resource(Patient.class);
        assertThat(patient.getGender().toCode()).isEqualTo("male");
        assertThat(patient.getNameFirstRep().getGiven())
                .extracting(Object::toString)
                .containsExactly("Alex", "Tunde");
    }

    @Test
    void jsonPatchRemoveMoveAndCopy() {
        String patch = "[{\"op\":\"copy\",\"from\":\"/name/0\",\"path\":\"/name/-\"},"
                + "{\"op\":\"remove\",\"path\":\"/birthDate\"},"
                + "{\"op\":\"move\",\"from\":\"/name/1/family\",\"path\":\"/name/1/text\"}]";

        assertThat(fhir.patch("/Patient/" + id, patch, JSON_PATCH).send().status())
                .isEqualTo(200);

        Patient patient = fhir.get("/Patient/" + id).send().resource(Patient.class);
        assertThat(patient.hasBirthDate()).isFalse();
        assertThat(patient.getName()).hasSize(2);
        assertThat(patient.getName().get(1).getText()).isEqualTo("Adeyemi");
        assertThat(patient.getName().get(1).hasFamily()).isFalse();
    }

    @Test
    void aFailedJsonPatchTestChangesNothing() {
        String patch = "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"},"
                + "{\"op\":\"test\",\"path\":\"/name/0/family\",\"value\":\"Somebody else\"}]";

        FhirResponse refused = fhir.patch("/Patient/" + id, patch, JSON_PATCH).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fhir.get("/Patient/" + id).send().header("ETag")).isEqualTo("W/\"1\"");
    }

    @Test
    void aPatchThatMakesTheResourceInvalidIsRefused() {
        String patch = "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"purple\"}]";

        assertThat(fhir.patch("/Patient/" + id, patch, JSON_PATCH).send().status())
                .isEqualTo(422);
        String nhs = "[{\"op\":\"replace\",\"path\":\"/identifier/0/value\",\"value\":\"1234567890\"}]";
        assertThat(fhir.patch("/Patient/" + id, nhs, JSON_PATCH).send().status())
                .isEqualTo(422);
    }

    @Test
    void malformedPatchesAreBadRequests() {
        assertThat(fhir.patch("/Patient/" + id, "{\"op\":\"add\"}", JSON_PATCH)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(fhir.patch("/Patient/" + id, "[{\"op\":\"fly\",\"path\":\"/x\"}]", JSON_PATCH)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(fhir.patch("/Patient/" + id, "[{\"op\":\"add\",\"path\":\"x\",\"value\":1}]", JSON_PATCH)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(fhir.patch("/Patient/" + id, "not json", JSON_PATCH).send().status())
                .isEqualTo(400);
        assertThat(fhir.patch("/Patient/" + id, "[]", "text/plain").send().status())
                .isEqualTo(415);
    }

    @Test
    void aPatchMayNotChangeTheId() {
        String patch = "[{\"op\":\"replace\",\"path\":\"/id\",\"value\":\"another\"}]";

        assertThat(fhir.patch("/Patient/" + id, patch, JSON_PATCH).send().status())
                .isEqualTo(422);
    }

    @Test
    void patchHonoursIfMatch() {
        String patch = "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]";

        assertThat(fhir.patch("/Patient/" + id, patch, JSON_PATCH)
                        .header("If-Match", "W/\"7\"")
                        .send()
                        .status())
                .isEqualTo(412);
        assertThat(fhir.patch("/Patient/" + id, patch, JSON_PATCH)
                        .header("If-Match", "W/\"1\"")
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void patchingWhatIsMissingOrDeleted() {
        String patch = "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]";
        assertThat(fhir.patch("/Patient/nobody-" + System.nanoTime(), patch, JSON_PATCH)
                        .send()
                        .status())
                .isEqualTo(404);
        fhir.delete("/Patient/" + id).send();
        assertThat(fhir.patch("/Patient/" + id, patch, JSON_PATCH).send().status())
                .isEqualTo(410);
    }

    @Test
    void fhirPathPatchReplaceAddInsertMoveDelete() {
        String patch = """
                {"resourceType":"Parameters","parameter":[
                 {"name":"operation","part":[{"name":"type","valueCode":"replace"},{"name":"path","valueString":"Patient.gender"},{"name":"value","valueCode":"other"}]},
                 {"name":"operation","part":[{"name":"type","valueCode":"add"},{"name":"path","valueString":"Patient"},{"name":"name","valueString":"active"},{"name":"value","valueBoolean":true}]},
                 {"name":"operation","part":[{"name":"type","valueCode":"insert"},{"name":"path","valueString":"Patient.name[0].given"},{"name":"index","valueInteger":0},{"name":"value","valueString":"First"}]},
                 {"name":"operation","part":[{"name":"type","valueCode":"add"},{"name":"path","valueString":"Patient"},{"name":"name","valueString":"contact"},{"name":"value","part":[{"name":"name","valueHumanName":{"family":"Adeyemi","given":["Grace"]}}]}]},
                 {"name":"operation","part":[{"name":"type","valueCode":"move"},{"name":"path","valueString":"Patient.name[0].given"},{"name":"source","valueInteger":1},{"name":"destination","valueInteger":0}]},
                 {"name":"operation","part":[{"name":"type","valueCode":"delete"},{"name":"path","valueString":"Patient.birthDate"}]}
                ]}""";

        FhirResponse patched =
                fhir.patch("/Patient/" + id, patch, FhirHttp.FHIR_JSON).send();

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        Patient patient = fhir.get("/Patient/" + id).send().resource(Patient.class);
        assertThat(patient.getGender().toCode()).isEqualTo("other");
        assertThat(patient.getActive()).isTrue();
        assertThat(patient.getNameFirstRep().getGiven())
                .extracting(Object::toString)
                .containsExactly("Alex", "First");
        assertThat(patient.getContactFirstRep().getName().getGivenAsSingleString())
                .isEqualTo("Grace");
        assertThat(patient.hasBirthDate()).isFalse();
    }

    @Test
    void fhirPathPatchWithAPathMatchingNothingIsRefused() {
        String patch = """
                {"resourceType":"Parameters","parameter":[
                 {"name":"operation","part":[{"name":"type","valueCode":"replace"},{"name":"path","valueString":"Patient.deceased"},{"name":"value","valueBoolean":true}]}
                ]}""";

        assertThat(fhir.patch("/Patient/" + id, patch, FhirHttp.FHIR_JSON)
                        .send()
                        .status())
                .isEqualTo(422);
        assertThat(fhir.get("/Patient/" + id).send().header("ETag")).isEqualTo("W/\"1\"");
    }

    @Test
    void fhirPathPatchMustBeParameters() {
        assertThat(fhir.patch("/Patient/" + id, FhirHttp.json(aPatient().build()), FhirHttp.FHIR_JSON)
                        .send()
                        .status())
                .isEqualTo(400);
    }
}
