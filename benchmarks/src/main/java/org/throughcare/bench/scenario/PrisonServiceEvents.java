package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.throughcare.bench.http.Reply;

/**
 * The custody scenarios' dealings with the prison service side: HMPPS domain events
 * ({@code prisoner-offender-search.prisoner.received} / {@code .released} with a reason) sent to
 * {@code $hmpps-event}, prison numbers unique to a run, and people known by their prison number.
 */
final class PrisonServiceEvents {

    /** A letter per run, so a second run against the same database meets none of the first's people. */
    private static final char RUN = (char) ('A' + (int) (System.currentTimeMillis() / 1000 % 26));

    private PrisonServiceEvents() {}

    /** The {@code i}th prison number of this run (NOMIS format: letter, four digits, two letters). */
    static String prisonNumber(int i) {
        return RUN + String.format("%04d", i % 10_000) + (char) ('A' + (i / 10_000) % 26) + "Z";
    }

    static String received(String prisonNumber, String reason, String prison, Instant at) {
        return event("received", prisonNumber, reason, prison, at);
    }

    static String released(String prisonNumber, String reason, String prison, Instant at) {
        return event("released", prisonNumber, reason, prison, at);
    }

    private static String event(String type, String prisonNumber, String reason, String prison, Instant at) {
        return "{\"eventType\":\"prisoner-offender-search.prisoner." + type + "\",\"version\":1,\"occurredAt\":\""
                + at
                + "\",\"additionalInformation\":{\"nomsNumber\":\"" + prisonNumber + "\",\"reason\":\"" + reason
                + "\",\"prisonId\":\"" + prison + "\"}}";
    }

    /** Sends one event as the system client. */
    static Reply send(Context context, String event) {
        return context.client()
                .post("$hmpps-event", event.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
    }

    /** Creates a person known to the prison service by their prison number; answers the patient id. */
    static String person(Context context, String prisonNumber, String family, int i) throws Exception {
        ObjectNode patient = context.json().createObjectNode().put("resourceType", "Patient");
        patient.putArray("identifier")
                .addObject()
                .put("system", "https://fhir.throughcare.org/Id/prison-number")
                .put("value", prisonNumber);
        patient.putArray("name")
                .addObject()
                .put("family", family + i)
                .putArray("given")
                .add("Bench");
        patient.put("gender", i % 2 == 0 ? "male" : "female")
                .put(
                        "birthDate",
                        Instant.parse("1960-01-01T00:00:00Z")
                                .plusSeconds(86_400L * (i % 15_000))
                                .toString()
                                .substring(0, 10));
        Reply reply = context.client().post("Patient", context.json().writeValueAsBytes(patient));
        if (!reply.ok()) {
            throw new IllegalStateException("creating a person: " + reply.summary());
        }
        return context.json().readTree(reply.text()).path("id").asText();
    }
}
