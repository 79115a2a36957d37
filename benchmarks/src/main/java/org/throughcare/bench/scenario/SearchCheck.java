package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.SplittableRandom;
import org.throughcare.bench.data.LoadedPatients.Row;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.http.Reply;

/**
 * Runs each clinician query once before the measured run and says whether the answer is right in
 * shape: a searchset Bundle whose matches all belong to the patient asked about (a server that
 * ignored a parameter would answer fast and wrong), and the patient found by name and NHS number.
 */
final class SearchCheck {

    private final FhirClient client;
    private final ObjectMapper json;

    SearchCheck(FhirClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    ObjectNode check(ClinicianQuery query, Row patient) {
        String url = query.url(patient, new SplittableRandom(7));
        Reply reply = client.get(url);
        ObjectNode result = json.createObjectNode()
                .put("query", query.label())
                .put("url", url)
                .put("status", reply.status());
        if (!reply.ok()) {
            return result.put("verdict", "error: " + reply.summary());
        }
        try {
            JsonNode body = json.readTree(reply.body());
            return result.put(
                    "verdict",
                    query.isSearch() ? searchVerdict(query, body, patient, result) : readVerdict(body, patient));
        } catch (IOException e) {
            return result.put("verdict", "unreadable answer: " + e.getMessage());
        }
    }

    private static String readVerdict(JsonNode body, Row patient) {
        return patient.id().equals(body.path("id").asText()) ? "ok" : "wrong resource returned";
    }

    private static String searchVerdict(ClinicianQuery query, JsonNode body, Row patient, ObjectNode result) {
        if (!"Bundle".equals(body.path("resourceType").asText())
                || !"searchset".equals(body.path("type").asText())) {
            return "not a searchset Bundle";
        }
        int matches = 0;
        boolean samePatient = true;
        boolean foundPatient = false;
        for (JsonNode entry : body.path("entry")) {
            if (!"match".equals(entry.path("search").path("mode").asText("match"))) {
                continue;
            }
            matches++;
            JsonNode resource = entry.path("resource");
            foundPatient |= patient.id().equals(resource.path("id").asText());
            samePatient &= belongsTo(resource, patient.id());
        }
        result.put("matches", matches);
        if (body.has("total")) {
            result.put("total", body.path("total").asInt());
        }
        return switch (query) {
            case PATIENT_BY_NAME, PATIENT_BY_NHS_NUMBER -> foundPatient ? "ok" : "patient not found";
            default -> samePatient ? "ok" : "matches of other patients returned (parameter ignored?)";
        };
    }

    private static boolean belongsTo(JsonNode resource, String patientId) {
        String subject = resource.path("subject")
                .path("reference")
                .asText(resource.path("patient").path("reference").asText());
        return subject.equals("Patient/" + patientId) || subject.endsWith("/Patient/" + patientId);
    }
}
