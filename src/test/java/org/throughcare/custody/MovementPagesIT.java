package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.custody.CustodyFixtures.wholeList;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
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

/** The custody page's forms over HTTP: movements, transfer with its summary, release, early-days records. */
@IntegrationTest
class MovementPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aCourtDayIsRecordedAndThePatientIsShownAtCourtUntilTheyReturn() {
        String patient = aLeedsArrival("Movecourt", uniquePrisonNumber());
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");

        HttpResponse<String> out = nurse.post(
                "/patients/" + patient + "/movements",
                form(
                        nurse,
                        patient,
                        "movementForm",
                        Map.of("kind", "out-to-court", "destination", "Leeds Crown Court")));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(wholeList(nurse, "at_court")).contains(patient);
        assertThat(wholeList(nurse, "on_site")).doesNotContain(patient);
        nurse.post(
                "/patients/" + patient + "/movements",
                form(nurse, patient, "movementForm", Map.of("kind", "returned-from-court")));
        assertThat(wholeList(nurse, "on_site")).contains(patient);
    }

    @Test
    void aTransferWritesTheSummaryTheReceivingEstablishmentReadsAndLeedsKeepsReadOnly() {
        String prisonNumber = uniquePrisonNumber();
        String patient = aLeedsArrival("Movetransfer", prisonNumber);
        WebSession leeds = WebSession.signedIn(port, "nurse.leeds");

        HttpResponse<String> transferred = leeds.post(
                "/patients/" + patient + "/transfer-out",
                form(
                        leeds,
                        patient,
                        "transferForm",
                        Map.of("fit", "yes", "days", "7", "destination", "MRI", "note", "Dental appointment 12 May")));

        assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(302);
        String recorded = leeds.get(path(transferred)).body();
        assertThat(recorded).contains("Transferred out to HMP Manchester").contains("read it (HTML)");
        assertThat(wholeList(leeds, "transfers_out_today")).contains(patient);
        receive(
                new FhirHttp(port).as("nurse.manchester"),
                reception(
                        prisonNumber,
                        "Movetransfer",
                        "MRI",
                        "received-transfer",
                        Instant.now().minusSeconds(5)));
        WebSession manchester = WebSession.signedIn(port, "nurse.manchester");
        String custody = manchester.get("/patients/" + patient + "/custody").body();
        assertThat(custody)
                .contains("In custody at <strong>HMP Manchester</strong>")
                .contains("Transfer summary");
        String summaryPath = summaryLink(custody);
        HttpResponse<String> summary = manchester.get(summaryPath);
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("Fit to travel").contains("Dental appointment 12 May");
        HttpResponse<String> leedsView = leeds.get("/patients/" + patient + "/custody");
        assertThat(leedsView.statusCode()).isEqualTo(200);
        assertThat(leedsView.body()).contains("data-testid=\"read-only\"").doesNotContain("id=\"transferForm\"");
        assertThat(wholeList(manchester, "arrivals_today")).contains(patient);
    }

    @Test
    void badTransferInputIsShownOnThePageAndRecordsNothing() {
        String patient = aLeedsArrival("Movebad", uniquePrisonNumber());
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");

        HttpResponse<String> page = nurse.post(
                "/patients/" + patient + "/transfer-out",
                form(nurse, patient, "transferForm", Map.of("days", "seven", "destination", "NOWHERE")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("Select whether the patient is fit to travel")
                .contains("Enter the days of medicines packed")
                .contains("Select where the patient is going");
        assertThat(new FhirHttp(port)
                        .get("/Composition?subject=Patient/" + patient)
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .isEmpty();
        assertThat(nurse.get("/patients/" + patient + "/custody").body())
                .contains("In custody at <strong>HMP Leeds</strong>");
    }

    @Test
    void aReleaseDatePutsThePatientOnTheReleasesListAndReleaseWritesTheDischargeSummary() {
        String patient = aLeedsArrival("Moverelease", uniquePrisonNumber());
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        LocalDate date = LocalDate.now().plusDays(10);

        nurse.post(
                "/patients/" + patient + "/release-date",
                form(
                        nurse,
                        patient,
                        "releaseDateForm",
                        Map.of(
                                "day", String.valueOf(date.getDayOfMonth()),
                                "month", String.valueOf(date.getMonthValue()),
                                "year", String.valueOf(date.getYear()))));
        assertThat(wholeList(nurse, "releases_within_28_days"))
                .contains(patient)
                .contains("Release plan not done")
                .contains("Overdue");
        HttpResponse<String> released = nurse.post(
                "/patients/" + patient + "/release",
                form(
                        nurse,
                        patient,
                        "releaseForm",
                        Map.of("gpRegistration", "Registered with Park Surgery", "naloxone", "yes")));

        assertThat(released.statusCode()).isEqualTo(302);
        String recorded = nurse.get(path(released)).body();
        assertThat(recorded).contains("Released; the custody episode is closed");
        Matcher pdf = Pattern.compile("href=\"(/patients/[^\"]+/pdf)\"").matcher(recorded);
        assertThat(pdf.find()).isTrue();
        HttpResponse<String> document = nurse.get(pdf.group(1));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(nurse.get("/patients/" + patient + "/custody").body()).contains("Not in a custody stay now");
    }

    @Test
    void medicinesAreReconciledOnceAndASecondTimeIsExplainedNotFailed() {
        String patient = aLeedsArrival("Movemeds", uniquePrisonNumber());
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");

        HttpResponse<String> first = nurse.post(
                "/patients/" + patient + "/medicines-reconciled",
                form(nurse, patient, "reconciledForm", Map.of("note", "Checked with community pharmacy")));
        HttpResponse<String> second = nurse.post(
                "/patients/" + patient + "/medicines-reconciled", form(nurse, patient, "reconciledForm", Map.of()));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("There is a problem").contains("medicines reconciliation");
        assertThat(wholeList(nurse, "medicines_reconciliations")).doesNotContain(patient);
    }

    @Test
    void otherRolesAndOtherEstablishmentsCannotRecord() {
        String patient = aLeedsArrival("Moveguard", uniquePrisonNumber());
        WebSession officer = WebSession.signedIn(port, "officer.leeds");
        WebSession manchester = WebSession.signedIn(port, "nurse.manchester");

        assertThat(officer.get("/patients/" + patient + "/custody").statusCode())
                .isEqualTo(403);
        assertThat(manchester.get("/patients/" + patient + "/custody").statusCode())
                .isEqualTo(404);
        HttpResponse<String> refused = manchester.post(
                "/patients/" + patient + "/movements",
                Map.of("key", java.util.UUID.randomUUID().toString(), "kind", "out-to-court"));
        assertThat(refused.statusCode()).isIn(403, 404);
        assertThat(WebSession.signedIn(port, "nurse.leeds")
                        .get("/patients/" + patient + "/custody")
                        .body())
                .doesNotContain("Out to court</td>");
    }

    @Test
    void rolesThatMayNotRecordAreShownNoFormOrLinkTheyCannotUse() {
        String patient = aLeedsArrival("Moveread", uniquePrisonNumber());
        WebSession pharmacist = WebSession.signedIn(port, "pharmacist");

        String custody = pharmacist.get("/patients/" + patient + "/custody").body();
        assertThat(custody)
                .contains("Read only: your role does not record custody events")
                .doesNotContain("<form id=\"")
                .doesNotContain("/reception-screen");
        String worklists = pharmacist.get("/worklists").body();
        assertThat(worklists).contains("Worklists").doesNotContain("Record an arrival");
        assertThat(pharmacist.get("/reception/arrival").statusCode()).isEqualTo(403);
        assertThat(pharmacist.get("/patients/" + patient + "/reception-screen").statusCode())
                .isEqualTo(403);

        // A healthcare manager records movements, but not screens or summaries (clinical entries).
        String manager = WebSession.signedIn(port, "manager.leeds")
                .get("/patients/" + patient + "/custody")
                .body();
        assertThat(manager)
                .contains("id=\"movementForm\"")
                .doesNotContain("id=\"transferForm\"")
                .doesNotContain("/reception-screen");
        assertThat(WebSession.signedIn(port, "nurse.leeds").get("/worklists").body())
                .contains("Record an arrival");
    }

    private String aLeedsArrival(String family, String prisonNumber) {
        return receive(
                new FhirHttp(port).as("nurse.leeds"),
                reception(
                        prisonNumber,
                        family,
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(600)));
    }

    /** The form's fields with its key from the custody page, as the browser would post them. */
    private static Map<String, String> form(
            WebSession session, String patient, String formId, Map<String, String> fields) {
        String page = session.get("/patients/" + patient + "/custody").body();
        int at = page.indexOf("id=\"" + formId + "\"");
        assertThat(at).as(formId).isNotNegative();
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(page.substring(at));
        assertThat(key.find()).isTrue();
        Map<String, String> form = new HashMap<>(fields);
        form.put("key", key.group(1));
        return form;
    }

    private static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String summaryLink(String page) {
        Matcher link =
                Pattern.compile("href=\"(/patients/[^\"]+/summaries/[^\"/]+)\"").matcher(page);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
