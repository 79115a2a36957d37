package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/** Every kind of bad request gets a clear OperationOutcome, never a 500, and changes nothing. */
@IntegrationTest
class HostileInputTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertRefused(fhir.post("/Patient", "{\"resourceType\":\"Patient\",").send(), 400);
        assertRefused(fhir.post("/Patient", "not json at all").send(), 400);
        assertRefused(fhir.post("/Patient", "").send(), 400);
        assertRefused(fhir.post("/Patient", "[1,2,3]").send(), 400);
    }

    @Test
    void malformedXmlIsABadRequest() {
        assertRefused(
                fhir.post("/Patient", "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\">")
                        .header("Content-Type", FhirHttp.FHIR_XML)
                        .send(),
                400);
    }

    @Test
    void xmlExternalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&x;\"/></name></Patient>";

        FhirResponse refused = fhir.post("/Patient", xxe)
                .header("Content-Type", FhirHttp.FHIR_XML)
                .send();

        assertRefused(refused, 400);
        assertThat(refused.body()).doesNotContain("root:");
    }

    @Test
    void unknownElementsAndWrongJsonTypesAreRefused() {
        assertRefused(
                fhir.post("/Patient", "{\"resourceType\":\"Patient\",\"favouriteColour\":\"blue\"}")
                        .send(),
                400);
        assertRefused(
                fhir.post("/Patient", "{\"resourceType\":\"Patient\",\"birthDate\":19800101}")
                        .send(),
                400);
        assertRefused(
                fhir.post("/Patient", "{\"resourceType\":\"Patient\",\"gender\":\"purple\"}")
                        .send(),
                400);
        assertRefused(
                fhir.post("/Patient", "{\"resourceType\":\"Patient\",\"birthDate\":\"1980-13-45\"}")
                        .send(),
                400);
    }

    @Test
    void anUnknownResourceTypeIsNotFound() {
        assertRefused(fhir.get("/Prisoner/1").send(), 404);
        assertRefused(fhir.post("/Prisoner", "{\"resourceType\":\"Prisoner\"}").send(), 404);
        assertRefused(fhir.get("/Patient/1/2/3/4").send(), 404);
    }

    @Test
    void aBodyOfAnotherTypeThanTheUrlIsRefused() {
        assertRefused(fhir.post("/Observation", aPatient().build()).send(), 400);
    }

    @Test
    void anIdInTheBodyDifferentFromTheUrlIsRefused() {
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();

        assertRefused(
                fhir.put("/Patient/" + id, aPatient().withId("someone-else").build())
                        .send(),
                400);
        assertRefused(fhir.put("/Patient/" + id, aPatient().build()).send(), 400);
        assertThat(fhir.get("/Patient/" + id).send().header("ETag")).isEqualTo("W/\"1\"");
    }

    @Test
    void anInvalidIdIsRefused() {
        assertRefused(
                fhir.put("/Patient/bad_id!", aPatient().withId("bad_id!").build())
                        .send(),
                400);
    }

    @Test
    void anUnsupportedMediaTypeIsRefused() {
        assertRefused(
                fhir.post("/Patient", "name=Smith")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .send(),
                415);
        assertRefused(
                fhir.post("/Patient", "{}").header("Content-Type", "text/plain").send(), 415);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutBeingRead() {
        String huge = "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}]}";

        assertRefused(fhir.post("/Patient", huge).send(), 413);
    }

    @Test
    void anInvalidNhsNumberIsRefusedNamingTheElementAndNothingIsStored() {
        FhirResponse refused = fhir.post(
                        "/Patient", aPatient().withNhsNumber("9434765918").build())
                .send();

        assertRefused(refused, 422);
        OperationOutcome.OperationOutcomeIssueComponent issue =
                refused.outcome().getIssue().getFirst();
        assertThat(issue.getExpression().getFirst().getValue()).isEqualTo("Patient.identifier[0].value");
        assertThat(issue.getDiagnostics()).contains("NHS number");
    }

    @Test
    void anInvalidPrisonNumberIsRefused() {
        FhirResponse refused = fhir.post(
                        "/Patient", aPatient().withPrisonNumber("12345").build())
                .send();

        assertRefused(refused, 422);
        assertThat(refused.outcome().getIssue().getFirst().getDiagnostics()).contains("prison number");
    }

    @Test
    void aMissingRequiredElementIsRefused() {
        FhirResponse refused = fhir.post("/Observation", "{\"resourceType\":\"Observation\",\"status\":\"final\"}")
                .send();

        assertRefused(refused, 422);
        assertThat(refused.outcome().getIssue())
                .anyMatch(issue -> issue.getExpression().getFirst().getValue().equals("Observation.code"));
    }

    @Test
    void aCodeOutsideARequiredValueSetIsRefused() {
        String condition = "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/" + aStoredPatient()
                + "\"},\"clinicalStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-clinical\","
                + "\"code\":\"fine-now\"}]},\"code\":{\"text\":\"Asthma\"}}";

        assertRefused(fhir.post("/Condition", condition).send(), 422);
    }

    @Test
    void aBrokenInvariantIsRefused() {
        String period = "{\"resourceType\":\"Encounter\",\"status\":\"finished\",\"class\":{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\"},"
                + "\"period\":{\"start\":\"2024-02-01\",\"end\":\"2024-01-01\"}}";

        FhirResponse refused = fhir.post("/Encounter", period).send();

        assertRefused(refused, 422);
        assertThat(refused.outcome().getIssue().getFirst().getDiagnostics()).contains("per-1");
    }

    @Test
    void aControlCharacterInTextIsRefused() {
        assertRefused(
                fhir.post("/Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"A\\u0000B\"}]}")
                        .send(),
                422);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedRatherThanMended() {
        byte[] latin1 = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Bront\u00eb\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);

        FhirResponse refused = fhir.post("/Patient", latin1).send();

        assertRefused(refused, 400);
        assertThat(refused.body()).contains("not valid UTF-8");
        // A replacement character the client meant is text like any other.
        assertThat(fhir.post("/Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"A\ufffdB\"}]}")
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aPropertyNamedTwiceInOneObjectIsRefused() {
        FhirResponse twoGenders = fhir.post(
                        "/Patient", "{\"resourceType\":\"Patient\",\"gender\":\"male\",\"gender\":\"female\"}")
                .send();
        assertRefused(twoGenders, 400);
        assertThat(twoGenders.body()).contains("\\\"gender\\\" twice");

        assertRefused(
                fhir.post(
                                "/Patient",
                                "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Ash\",\"family\":\"Oak\"}]}")
                        .send(),
                400);
        String id = aStoredPatient();
        assertRefused(
                fhir.patch(
                                "/Patient/" + id,
                                "[{\"op\":\"add\",\"op\":\"remove\",\"path\":\"/gender\",\"value\":\"male\"}]",
                                "application/json-patch+json")
                        .send(),
                400);
        assertThat(history(id)).isEqualTo(1);
        // The same name in different objects is no repetition.
        assertThat(fhir.post(
                                "/Patient",
                                "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Ash\"},{\"family\":\"Oak\"}]}")
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aDecimalTooLongToStoreOrServeIsRefusedNamingTheElement() {
        String digits32 = "9".repeat(32);
        for (String value : List.of("1e999999", "1e-999999", "1" + digits32, "0." + digits32 + "1")) {
            FhirResponse refused =
                    fhir.post("/Observation", observationWithValue(value)).send();

            assertRefused(refused, 422);
            assertThat(firstExpression(refused)).isEqualTo("Observation.value.value");
        }
        for (String value : List.of(digits32, "0." + digits32, "1.5e-7", "-" + digits32 + "." + digits32)) {
            assertThat(fhir.post("/Observation", observationWithValue(value))
                            .send()
                            .status())
                    .as(value)
                    .isEqualTo(201);
        }
    }

    @Test
    void aNumberSearchValueTooLongIsABadRequest() {
        for (String value : List.of("1e999999", "gt1e-999999", "lt1" + "0".repeat(40))) {
            assertRefused(fhir.get("/Observation?value-quantity=" + value).send(), 400);
            assertRefused(fhir.get("/RiskAssessment?probability=" + value).send(), 400);
        }
    }

    @Test
    void aTokenOfABarAloneOrASearchValueWithAControlCharacterIsABadRequest() {
        assertRefused(fhir.get("/Patient?identifier=%7C").send(), 400);
        assertRefused(fhir.get("/Patient?_tag=%7C").send(), 400);
        assertRefused(fhir.get("/Observation?code:text=%00").send(), 400);
        assertRefused(fhir.get("/Patient?name=a%01b").send(), 400);
        // Also where an operation reads its parameters itself.
        assertRefused(fhir.get("/AuditEvent?patient=%00").send(), 400);
    }

    @Test
    void aVerticalBarLeftUnencodedInAQueryReachesTheFhirApi() throws IOException {
        // Java's HTTP client will not send a bare "|", so the request line is written by hand.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET /fhir/metadata?_elements=fhirVersion&x=system|code HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Accept: application/fhir+json\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 200").contains("application/fhir+json");
        }
    }

    private static String observationWithValue(String value) {
        return "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"weight\"},"
                + "\"valueQuantity\":{\"value\":" + value + ",\"unit\":\"kg\"}}";
    }

    @Test
    void aReferenceToNobodyIsRefused() {
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                + "\"subject\":{\"reference\":\"Patient/does-not-exist\"}}";

        FhirResponse refused = fhir.post("/Observation", observation).send();

        assertRefused(refused, 422);
        assertThat(firstExpression(refused)).isEqualTo("Observation.subject");
    }

    @Test
    void badHeadersAreBadRequests() {
        String id = aStoredPatient();

        assertRefused(
                fhir.put("/Patient/" + id, aPatient().withId(id).build())
                        .header("If-Match", "yesterday")
                        .send(),
                400);
        assertRefused(
                fhir.get("/Patient/" + id)
                        .header("If-Modified-Since", "not a date")
                        .send(),
                400);
        assertRefused(fhir.get("/Patient/" + id).header("Accept", "\"\"\"").send(), 400);
    }

    @Test
    void anUnsupportedMethodIsNotAllowed() {
        FhirResponse response =
                fhir.patch("/Patient", "[]", "application/json-patch+json").send();

        assertThat(response.status()).isIn(404, 405);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
    }

    @Test
    void noGarbageEverProducesAServerError() {
        List<String> bodies = List.of(
                "{",
                "}",
                "null",
                "true",
                "\"text\"",
                "{\"resourceType\":null}",
                "{\"resourceType\":\"\"}",
                "{\"resourceType\":\"Patient\",\"id\":{}}",
                "{\"resourceType\":\"Patient\",\"name\":\"x\"}",
                "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{}]}",
                "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Patient\",\"contained\":[]}]}",
                "{\"resourceType\":\"Patient\"," + "\"extension\":[{\"url\":\"x\",".repeat(50) + "}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"resourceType\":\"Patient\",\"birthDate\":\"\\ud800\"}");
        for (String body : bodies) {
            for (String path : List.of("/Patient", "", "/Patient/x", "/Observation")) {
                FhirResponse response = path.equals("/Patient/x")
                        ? fhir.put(path, body).send()
                        : fhir.post(path, body).send();
                assertThat(response.status())
                        .as(path + " " + body.substring(0, Math.min(60, body.length())))
                        .isBetween(400, 499);
                assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void aFailedWriteChangesNothing() {
        String id = aStoredPatient();
        int before = history(id);

        fhir.put("/Patient/" + id, "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"gender\":\"purple\"}")
                .send();
        fhir.put(
                        "/Patient/" + id,
                        aPatient().withId(id).withNhsNumber("1111111112").build())
                .send();

        assertThat(history(id)).isEqualTo(before);
    }

    private String aStoredPatient() {
        return fhir.post("/Patient", aPatient().build()).send().createdId();
    }

    private int history(String id) {
        return fhir.get("/Patient/" + id + "/_history")
                .send()
                .resource(Bundle.class)
                .getEntry()
                .size();
    }

    /** The element the first issue of a refusal names. */
    private static String firstExpression(FhirResponse refused) {
        return refused.outcome()
                .getIssue()
                .getFirst()
                .getExpression()
                .getFirst()
                .getValue();
    }

    private static void assertRefused(FhirResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+");
        OperationOutcome outcome = response.outcome();
        assertThat(outcome.getIssue()).isNotEmpty();
        assertThat(outcome.getIssue().getFirst().getSeverity())
                .isIn(OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueSeverity.FATAL);
        assertThat(response.body()).doesNotContain("\tat org.");
    }
}
