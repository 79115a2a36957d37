package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.WebSession;

/** "Record an arrival" over HTTP: the matching outcome, one arrival per form, errors that change nothing. */
@IntegrationTest
class ArrivalPagesIT {

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aNewPersonGetsANewRecordAndTheSameFormPostedTwiceRecordsOneArrival() {
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String prisonNumber = uniquePrisonNumber();
        Map<String, String> form = arrival(nurse, prisonNumber, "Arrivalnew");

        HttpResponse<String> first = nurse.post("/reception/arrival", form);
        HttpResponse<String> again = nurse.post("/reception/arrival", form);

        assertThat(first.statusCode()).isEqualTo(302);
        String outcomeUrl = first.headers().firstValue("Location").orElseThrow();
        assertThat(outcomeUrl).endsWith("/reception/arrival/" + form.get("key")).doesNotContain(prisonNumber);
        assertThat(again.headers().firstValue("Location")).contains(outcomeUrl);
        HttpResponse<String> outcome = nurse.get("/reception/arrival/" + form.get("key"));
        assertThat(outcome.body())
                .contains("Arrival recorded")
                .contains("data-basis=\"new-record\"")
                .contains("ARRIVALNEW")
                .contains(prisonNumber)
                .contains("Start the first reception screen");
        assertThat(recordsWith(prisonNumber)).isEqualTo(1);
        assertThat(nurse.get("/worklists").body()).contains("ARRIVALNEW");
    }

    @Test
    void aPersonWithAKnownPrisonNumberIsMatchedToTheirRecord() {
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String prisonNumber = uniquePrisonNumber();
        nurse.post("/reception/arrival", arrival(nurse, prisonNumber, "Arrivalmatch"));
        WebSession manchester = WebSession.signedIn(port, "nurse.manchester");
        Map<String, String> transferIn = arrival(manchester, prisonNumber, "Arrivalmatch");
        transferIn.put("kind", "received-transfer");

        HttpResponse<String> posted = manchester.post("/reception/arrival", transferIn);
        HttpResponse<String> outcome = manchester.get(
                posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        assertThat(outcome.body()).contains("data-basis=\"prison-number\"").contains("Matched to the record");
        assertThat(recordsWith(prisonNumber)).isEqualTo(1);
    }

    @Test
    void badInputIsShownInTheErrorSummaryAndRecordsNothing() {
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String prisonNumber = uniquePrisonNumber();
        Map<String, String> form = arrival(nurse, prisonNumber, "<script>");
        form.put("kind", "released");
        form.put("nhsNumber", "1234567890");
        form.put("day", "31");
        form.put("month", "2");
        form.remove("sex");

        HttpResponse<String> page = nurse.post("/reception/arrival", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("Select how the patient arrived")
                .contains("Enter a valid NHS number")
                .contains("Family name must only include letters")
                .contains("Date of birth must be a real date")
                .contains("Select the patient’s sex")
                .doesNotContain("<script>");
        assertThat(recordsWith(prisonNumber)).isZero();
    }

    @Test
    void onlyStaffWhoRecordMovementsAtTheirEstablishmentMayRecordArrivals() {
        for (String user : new String[] {"officer.leeds", "commissioner", "hub.gp", "pharmacist"}) {
            assertThat(WebSession.signedIn(port, user).get("/reception/arrival").statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        WebSession pharmacist = WebSession.signedIn(port, "pharmacist");
        String prisonNumber = uniquePrisonNumber();
        Map<String, String> posted = arrival(WebSession.signedIn(port, "nurse.leeds"), prisonNumber, "Arrivalpharm");
        pharmacist.get("/worklists");
        HttpResponse<String> refused = pharmacist.post("/reception/arrival", posted);
        assertThat(refused.statusCode()).isEqualTo(403);
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        Map<String, String> form = arrival(nurse, prisonNumber, "Arrivalcsrf");
        form.remove("_csrf");
        HttpResponse<String> forged = nurse.postRaw("/reception/arrival", form, Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(recordsWith(prisonNumber)).isZero();
    }

    private static Map<String, String> arrival(WebSession session, String prisonNumber, String family) {
        Matcher key = KEY.matcher(session.get("/reception/arrival").body());
        assertThat(key.find()).isTrue();
        Map<String, String> form = new HashMap<>();
        form.put("key", key.group(1));
        form.put("kind", "received-new");
        form.put("prisonNumber", prisonNumber);
        form.put("family", family);
        form.put("given", "Robin");
        form.put("day", "3");
        form.put("month", "6");
        form.put("year", String.valueOf(1960 + Math.floorMod(prisonNumber.hashCode(), 40)));
        form.put("sex", "male");
        return form;
    }

    private int recordsWith(String prisonNumber) {
        return new FhirHttp(port)
                .get("/Patient?identifier=" + PrisonNumber.SYSTEM + "|" + prisonNumber)
                .send()
                .resource(Bundle.class)
                .getEntry()
                .size();
    }
}
