package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.custodyEncounters;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.custody.CustodyFixtures.wholeList;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.shared.CustodyStay;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;
import org.throughcare.testing.WebSession;

/**
 * The prison service's events waiting for a person, resolved from the worklists: register the
 * person, or give a record found by search the prison number; the events that waited are applied at
 * once. Bad input, other establishments and records outside one's care change nothing.
 */
@IntegrationTest
class UnknownPrisonerPagesIT {

    @LocalServerPort
    int port;

    @Test
    void registeringThePersonAppliesTheEventsThatWaited() {
        String prisonNumber = uniquePrisonNumber();
        sendEvent("received", prisonNumber, "NEW_ADMISSION", 1);
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String key = eventOf(nurse, prisonNumber);

        String page = nurse.get("/prison-events/" + key).body();
        assertThat(page).contains(prisonNumber).contains("Find the patient");
        assertThat(nurse.get("/prison-events/" + key + "/register").body()).contains(prisonNumber);

        HttpResponse<String> bad = nurse.post(
                "/prison-events/" + key + "/register",
                Map.of("family", "<script>", "given", "Sam", "day", "31", "month", "2", "year", "1980"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("There is a problem")
                .contains("Family name must only include letters")
                .contains("Date of birth must be a real date")
                .contains("Select the patient’s sex")
                .doesNotContain("<script>");
        assertThat(recordsWith(prisonNumber)).isZero();

        HttpResponse<String> registered = nurse.post(
                "/prison-events/" + key + "/register",
                Map.of(
                        "family", TestRecords.uniqueFamilyName("Unknownreg"),
                        "given", "Sam",
                        "day", "14",
                        "month", "7",
                        "year", "1983",
                        "sex", "male",
                        "prisonNumber", uniquePrisonNumber()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        String resolved = nurse.get("/prison-events/" + key).body();
        assertThat(resolved).contains("No longer waiting").contains("The event is recorded");
        assertThat(recordsWith(prisonNumber)).isEqualTo(1);
        String patient = patientWith(prisonNumber);
        assertThat(resolved).contains("/patients/" + patient);
        assertThat(custodyEncounters(new FhirHttp(port).as("nurse.leeds"), patient, CustodyStay.STAY))
                .hasSize(1);
        String worklists = nurse.get("/worklists").body();
        assertThat(worklists.substring(worklists.indexOf("id=\"unknown_prisoners\"")))
                .doesNotContain(prisonNumber);
        assertThat(wholeList(nurse, "arrivals_today")).contains(patient);
    }

    @Test
    void aRecordFoundBySearchIsGivenTheNumberAndTheEventAppliedButNeverOneOutsideCare() {
        String family = TestRecords.uniqueFamilyName("Unknownlink");
        String patient = receive(
                new FhirHttp(port).as("nurse.leeds"),
                reception(
                        uniquePrisonNumber(),
                        family,
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(7200)));
        String manchesterPatient = receive(
                new FhirHttp(port).as("nurse.manchester"),
                reception(
                        uniquePrisonNumber(),
                        family,
                        "MRI",
                        "received-new",
                        Instant.now().minusSeconds(7200)));
        String prisonNumber = uniquePrisonNumber();
        sendEvent("released", prisonNumber, "SENT_TO_COURT", 1);
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String key = eventOf(nurse, prisonNumber);

        HttpResponse<String> empty = nurse.post("/prison-events/" + key + "/search", Map.of());
        assertThat(empty.body()).contains("Enter an NHS number, a name or a date of birth to search by");
        HttpResponse<String> badNumber =
                nurse.post("/prison-events/" + key + "/search", Map.of("nhsNumber", "1234567890"));
        assertThat(badNumber.body()).contains("Enter a valid NHS number");
        String found = nurse.post("/prison-events/" + key + "/search", Map.of("family", family))
                .body();
        assertThat(found).contains("data-patient=\"" + patient + "\"").doesNotContain(manchesterPatient);

        assertThat(WebSession.signedIn(port, "nurse.manchester")
                        .get("/prison-events/" + key)
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signedIn(port, "pharmacist")
                        .get("/prison-events/" + key)
                        .statusCode())
                .isEqualTo(403);
        assertThat(nurse.get("/prison-events/not-an-event").statusCode()).isEqualTo(404);
        assertThat(nurse.post("/prison-events/" + key + "/link", Map.of("patient", manchesterPatient))
                        .statusCode())
                .isEqualTo(404);
        assertThat(nurse.post("/prison-events/" + key + "/link", Map.of("patient", "../" + patient))
                        .statusCode())
                .isEqualTo(404);
        Map<String, String> forged = new HashMap<>(Map.of("patient", patient));
        assertThat(nurse.postRaw("/prison-events/" + key + "/link", forged, Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(recordsWith(prisonNumber)).isZero();

        HttpResponse<String> linked = nurse.post("/prison-events/" + key + "/link", Map.of("patient", patient));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(302);
        assertThat(patientWith(prisonNumber)).isEqualTo(patient);
        assertThat(custodyEncounters(new FhirHttp(port).as("nurse.leeds"), patient, "court"))
                .hasSize(1);
        assertThat(nurse.get("/prison-events/" + key).body()).contains("No longer waiting");
        assertThat(nurse.post("/prison-events/" + key + "/link", Map.of("patient", patient))
                        .body())
                .contains("This event is no longer waiting for a person");
    }

    /** An event of up to {@code hoursAgo} hours ago, but of today in England (an arrival of today). */
    private void sendEvent(String type, String prisonNumber, String reason, int hoursAgo) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant midnight = now.atZone(Deadlines.LONDON)
                .toLocalDate()
                .atStartOfDay(Deadlines.LONDON)
                .toInstant();
        Instant wanted = now.minus(hoursAgo, ChronoUnit.HOURS);
        String occurred = (wanted.isBefore(midnight) ? midnight : wanted).toString();
        var response = new FhirHttp(port)
                .post("/$hmpps-event", PrisonEventsIT.event(type, prisonNumber, reason, "LEI", occurred))
                .header("Content-Type", "application/json")
                .send();
        assertThat(response.body()).contains("unknown-prisoner");
    }

    /** The key of the event waiting for the prison number, from the worklist's resolve link. */
    private static String eventOf(WebSession session, String prisonNumber) {
        String page = session.get("/worklists").body();
        Matcher link = Pattern.compile(
                        Pattern.quote(prisonNumber) + "</td>.*?href=\"/prison-events/([0-9a-f]{64})\"", Pattern.DOTALL)
                .matcher(page.substring(page.indexOf("id=\"unknown_prisoners\"")));
        assertThat(link.find()).as("a resolve link for the event").isTrue();
        return link.group(1);
    }

    private int recordsWith(String prisonNumber) {
        return patients(prisonNumber).getEntry().size();
    }

    private String patientWith(String prisonNumber) {
        return patients(prisonNumber)
                .getEntryFirstRep()
                .getResource()
                .getIdElement()
                .getIdPart();
    }

    private Bundle patients(String prisonNumber) {
        return new FhirHttp(port)
                .get("/Patient?identifier=" + PrisonNumber.SYSTEM + "|" + prisonNumber)
                .send()
                .resource(Bundle.class);
    }
}
