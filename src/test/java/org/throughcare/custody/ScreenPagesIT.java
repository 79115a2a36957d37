package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.custody.CustodyFixtures.wholeList;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.WebSession;

/** The screens as forms rendered from their Questionnaires: errors, facts, routing, order of the work. */
@IntegrationTest
class ScreenPagesIT {

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theFirstScreenIsRenderedFromItsQuestionnaireAndItsAnswersBecomeFactsAndARoute() {
        String patient = aLeedsArrival("Screenone");
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        Map<String, String> form = form(nurse, "/patients/" + patient + "/reception-screen");
        form.put("on-medicines", "yes");
        form.put("medicine", "Levetiracetam 500 mg twice a day\nSalbutamol inhaler");
        form.put("epilepsy", "yes");
        form.put("allergies", "no");
        form.put("alcohol-units", "4");
        form.put("location", "detox-unit");

        HttpResponse<String> posted = nurse.post("/patients/" + patient + "/reception-screen", form);
        HttpResponse<String> again = nurse.post("/patients/" + patient + "/reception-screen", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        String recorded = "/patients/" + patient + "/recorded/" + form.get("key");
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith(recorded);
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith(recorded);
        assertThat(nurse.get(recorded).body())
                .contains("First reception health screen recorded")
                .contains("Where the patient goes first: detox unit")
                .contains("1 problems (unconfirmed, reported at reception) recorded")
                .contains("2 medicines they say they take recorded");
        assertThat(count("/QuestionnaireResponse?subject=Patient/" + patient)).isEqualTo(1);
        assertThat(nurse.get("/patients/" + patient).body())
                .contains("Epilepsy")
                .contains("No known allergy");
        assertThat(wholeList(nurse, "first_screens")).doesNotContain(patient);
        assertThat(wholeList(nurse, "second_stage_assessments")).contains(patient);
    }

    @Test
    void unansweredAndInvalidAnswersAreShownInTheErrorSummaryAndNothingIsRecorded() {
        String patient = aLeedsArrival("Screentwo");
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        Map<String, String> form = form(nurse, "/patients/" + patient + "/reception-screen");
        form.put("alcohol-units", "lots");
        form.put("location", "the-roof");
        form.put("epilepsy", "<script>");

        HttpResponse<String> page = nurse.post("/patients/" + patient + "/reception-screen", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("Answer: Taking prescribed medicines now?")
                .contains("Enter a whole number from 0 to 1000")
                .contains("Select one of the options: Where the patient goes first")
                .contains("Select yes or no: Epilepsy?")
                .contains("href=\"#q-on-medicines\"")
                .doesNotContain("<script>");
        assertThat(count("/QuestionnaireResponse?subject=Patient/" + patient)).isZero();
    }

    @Test
    void theSecondStageWaitsForTheMedicinesReconciliation() {
        String patient = aLeedsArrival("Screenthree");
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        Map<String, String> form = form(nurse, "/patients/" + patient + "/second-stage-assessment");
        form.put("long-term-conditions-reviewed", "yes");
        form.put("bbv-test", "accepted");

        HttpResponse<String> refused = nurse.post("/patients/" + patient + "/second-stage-assessment", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Reconcile the patient").contains("There is a problem");
        assertThat(count("/QuestionnaireResponse?subject=Patient/" + patient)).isZero();
    }

    @Test
    void aClinicianElsewhereFindsTheScreenNotAvailableAndOtherRolesAreRefused() {
        String patient = aLeedsArrival("Screenfour");

        HttpResponse<String> manchester =
                WebSession.signedIn(port, "nurse.manchester").get("/patients/" + patient + "/reception-screen");
        HttpResponse<String> officer =
                WebSession.signedIn(port, "officer.leeds").get("/patients/" + patient + "/reception-screen");

        assertThat(manchester.statusCode()).isEqualTo(404);
        assertThat(manchester.body()).doesNotContain("SCREENFOUR");
        assertThat(officer.statusCode()).isEqualTo(403);
    }

    private String aLeedsArrival(String family) {
        return receive(
                new FhirHttp(port).as("nurse.leeds"),
                reception(
                        uniquePrisonNumber(),
                        family,
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(600)));
    }

    private static Map<String, String> form(WebSession session, String path) {
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher key = KEY.matcher(page.body());
        assertThat(key.find()).isTrue();
        Map<String, String> form = new HashMap<>();
        form.put("key", key.group(1));
        return form;
    }

    private int count(String search) {
        return new FhirHttp(port)
                .get(search)
                .send()
                .resource(Bundle.class)
                .getEntry()
                .size();
    }

    /** The part of a page from the element with this test id to the next section. */
    static String section(String page, String testId) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as(testId).isNotNegative();
        int end = page.indexOf("<section", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
