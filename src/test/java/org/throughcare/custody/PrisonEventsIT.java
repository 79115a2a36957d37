package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.custodyEncounters;
import static org.throughcare.custody.CustodyFixtures.episodes;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/** The prison service's events through the API: at least once, out of order, unknown people, merges. */
@IntegrationTest
class PrisonEventsIT {

    @LocalServerPort
    int port;

    @Test
    void aReceptionEventOpensTheEpisodeAndItsRepeatChangesNothing() {
        FhirHttp system = new FhirHttp(port);
        String prisonNumber = uniquePrisonNumber();
        String patient = known(system, prisonNumber);
        String event = event("received", prisonNumber, "NEW_ADMISSION", "LEI", hoursAgo(5));

        assertThat(send(system, event)).containsExactly("recorded", "false");
        assertThat(send(system, event)).containsExactly("recorded", "true");
        assertThat(episodes(system, patient)).hasSize(1);
        assertThat(custodyEncounters(system, patient, "custody-stay")).hasSize(1);
    }

    @Test
    void aTransferDeliveredBackToFrontEndsUpInOrder() {
        FhirHttp system = new FhirHttp(port);
        String prisonNumber = uniquePrisonNumber();
        String patient = known(system, prisonNumber);
        send(system, event("received", prisonNumber, "NEW_ADMISSION", "LEI", hoursAgo(30)));
        send(system, event("received", prisonNumber, "TRANSFERRED", "MRI", hoursAgo(4)));
        send(system, event("released", prisonNumber, "TRANSFERRED", "LEI", hoursAgo(7)));
        send(system, event("released", prisonNumber, "SENT_TO_COURT", "MRI", hoursAgo(3)));
        send(system, event("received", prisonNumber, "RETURN_FROM_COURT", "MRI", hoursAgo(1)));

        List<Encounter> stays = custodyEncounters(system, patient, "custody-stay");
        assertThat(stays)
                .extracting(s -> s.getServiceProvider().getReference())
                .containsExactly("Organization/hmp-leeds", "Organization/hmp-manchester");
        assertThat(stays.getFirst().getPeriod().getEnd().toInstant()).isEqualTo(hoursAgoInstant(7));
        assertThat(custodyEncounters(system, patient, "court").getFirst().getStatus())
                .isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(system.as("nurse.manchester")
                        .get("/Patient/" + patient)
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownPrisonNumberWaitsUntilReceptionGivesItARecord() {
        FhirHttp system = new FhirHttp(port);
        FhirHttp nurse = system.as("nurse.leeds");
        String prisonNumber = uniquePrisonNumber();
        assertThat(send(system, event("released", prisonNumber, "SENT_TO_COURT", "LEI", hoursAgo(2))))
                .containsExactly("unknown-prisoner", "false");
        assertThat(waiting(nurse)).contains(prisonNumber);
        assertThat(waiting(system.as("nurse.manchester"))).doesNotContain(prisonNumber);

        String patient = receive(nurse, reception(prisonNumber, "Haldane", "LEI", "received-new", hoursAgoInstant(6)));
        assertThat(waiting(nurse)).doesNotContain(prisonNumber);
        assertThat(custodyEncounters(nurse, patient, "court")).hasSize(1);
    }

    @Test
    void aMergeOfPrisonNumbersGivesTheRecordTheNumberThatSurvives() {
        FhirHttp system = new FhirHttp(port);
        String removed = uniquePrisonNumber();
        String kept = uniquePrisonNumber();
        String patient = known(system, removed);
        String merge = "{\"eventType\":\"prison-offender-events.prisoner.merged\",\"occurredAt\":\"" + hoursAgo(1)
                + "\",\"additionalInformation\":{\"nomsNumber\":\"" + kept + "\",\"removedNomsNumber\":\"" + removed
                + "\",\"reason\":\"MERGE\",\"bookingId\":\"1\"}}";
        assertThat(send(system, merge)).containsExactly("recorded", "false");
        Patient record = system.get("/Patient/" + patient).send().resource(Patient.class);
        assertThat(record.getIdentifier()).anyMatch(i -> kept.equals(i.getValue()));
    }

    @Test
    void onlySystemsAllowedToRecordMovementsMaySendEventsAndNonsenseIsRefused() {
        FhirHttp system = new FhirHttp(port);
        String event = event("received", uniquePrisonNumber(), "NEW_ADMISSION", "LEI", hoursAgo(1));
        assertThat(post(system.anonymous(), event).status()).isEqualTo(401);
        assertThat(post(system.as("nurse.leeds"), event).status()).isEqualTo(403);
        assertThat(post(system.asSystem("system/Patient.rs"), event).status()).isEqualTo(403);
        assertThat(system.post("/$hmpps-event", event).send().status()).isEqualTo(415);
        assertThat(post(system, "{\"eventType\":").status()).isEqualTo(400);
        assertThat(post(system, event.replace("LEI", "not a code")).status()).isEqualTo(400);
        FhirResponse unrecognised = post(system, event.replace("NEW_ADMISSION", "BEAMED_IN"));
        assertThat(unrecognised.status()).isEqualTo(200);
        assertThat(unrecognised.body()).contains("unrecognised");
    }

    private String known(FhirHttp system, String prisonNumber) {
        Patient patient = org.throughcare.testing.TestPatients.aPatient()
                .withPrisonNumber(prisonNumber)
                .build();
        return system.post("/Patient", patient).send().createdId();
    }

    private static List<String> send(FhirHttp fhir, String event) {
        FhirResponse response = post(fhir, event);
        if (response.status() != 200) {
            throw new AssertionError("event answered " + response);
        }
        Parameters answer = response.resource(Parameters.class);
        return List.of(
                answer.getParameter("state").getValue().primitiveValue(),
                answer.getParameter("repeat").getValue().primitiveValue());
    }

    private static FhirResponse post(FhirHttp fhir, String event) {
        return fhir.post("/$hmpps-event", event)
                .header("Content-Type", "application/json")
                .send();
    }

    private static String waiting(FhirHttp fhir) {
        return fhir.get("/$hmpps-waiting?_count=500").send().body();
    }

    static String event(String type, String prisonNumber, String reason, String prisonId, String occurredAt) {
        PrisonNumber.of(prisonNumber);
        return "{\"eventType\":\"prisoner-offender-search.prisoner." + type + "\",\"version\":1,\"occurredAt\":\""
                + occurredAt + "\",\"publishedAt\":\"" + Instant.now()
                + "\",\"additionalInformation\":{\"nomsNumber\":\""
                + prisonNumber + "\",\"reason\":\"" + reason + "\",\"prisonId\":\"" + prisonId
                + "\"},\"personReference\":{\"identifiers\":[{\"type\":\"NOMS\",\"value\":\"" + prisonNumber + "\"}]}}";
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static String hoursAgo(int hours) {
        return hoursAgoInstant(hours).toString();
    }

    private static Instant hoursAgoInstant(int hours) {
        return NOW.minus(hours, ChronoUnit.HOURS);
    }
}
