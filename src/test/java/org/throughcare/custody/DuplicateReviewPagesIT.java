package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.custody.CustodyFixtures.wholeList;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.WebSession;

/**
 * The duplicate review queue worked from the worklists: the reviewer opens a review, sees both
 * records' demographics and identifiers side by side, and decides; bad input and other people's
 * reviews change nothing.
 */
@IntegrationTest
class DuplicateReviewPagesIT {

    private static final String REASON = "Patient confirmed the earlier prison number at reception";

    @LocalServerPort
    int port;

    @Test
    void aReviewerSeesBothRecordsSideBySideAndSamePersonMergesThemOnce() {
        Pair pair = aPossibleDuplicate("Reviewsame");
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String review = reviewOf(nurse, pair.received());

        String page = nurse.get("/identity-reviews/" + review).body();
        assertThat(page)
                .contains("Are these records the same person?")
                .contains(pair.receivedNumber())
                .contains(pair.earlierNumber())
                .contains("data-testid=\"review-form\"")
                .doesNotContain("Allergies")
                .doesNotContain("Alerts");

        HttpResponse<String> decided =
                nurse.post("/identity-reviews/" + review, Map.of("decision", "same-person", "reason", REASON));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).endsWith("/identity-reviews/" + review);
        String confirmed = nurse.get("/identity-reviews/" + review).body();
        assertThat(confirmed)
                .contains("Decision recorded")
                .contains("Same person: the record received was merged into the earlier record")
                .contains("/patients/" + pair.earlier())
                .doesNotContain("data-testid=\"review-form\"");
        assertThat(active(pair.received())).isFalse();
        assertThat(patient(pair.received()).getLinkFirstRep().getOther().getReference())
                .isEqualTo("Patient/" + pair.earlier());

        HttpResponse<String> again =
                nurse.post("/identity-reviews/" + review, Map.of("decision", "different-people", "reason", REASON));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(nurse.get("/identity-reviews/" + review).body()).contains("Same person: the record received");
        assertThat(wholeList(nurse, "duplicate_reviews")).doesNotContain(review);
    }

    @Test
    void badOrForgedDecisionsAreShownOrRefusedAndChangeNothingThenDifferentPeopleKeepsBoth() {
        Pair pair = aPossibleDuplicate("Reviewdiff");
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");
        String review = reviewOf(nurse, pair.received());

        HttpResponse<String> bad = nurse.post(
                "/identity-reviews/" + review, Map.of("decision", "<script>alert(1)</script>", "reason", "short"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("There is a problem")
                .contains("Select whether these records are the same person or different people")
                .contains("Enter why you decided this (at least 10 characters)")
                .doesNotContain("<script>alert(1)</script>");
        HttpResponse<String> tooLong =
                nurse.post("/identity-reviews/" + review, Map.of("decision", "same-person", "reason", "x".repeat(501)));
        assertThat(tooLong.body()).contains("The reason must be 500 characters or fewer");
        HttpResponse<String> forged = nurse.postRaw(
                "/identity-reviews/" + review, Map.of("decision", "same-person", "reason", REASON), Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(nurse.get("/identity-reviews/not-a-review").statusCode()).isEqualTo(404);
        assertThat(nurse.get("/identity-reviews/" + java.util.UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(active(pair.received())).isTrue();

        // Staff elsewhere cannot open it; a role that may not change identities is not offered it.
        assertThat(WebSession.signedIn(port, "nurse.manchester")
                        .get("/identity-reviews/" + review)
                        .statusCode())
                .isEqualTo(404);
        WebSession pharmacist = WebSession.signedIn(port, "pharmacist");
        assertThat(pharmacist.get("/worklists").body()).doesNotContain("/identity-reviews/" + review);
        assertThat(pharmacist.get("/identity-reviews/" + review).statusCode()).isEqualTo(403);

        HttpResponse<String> decided =
                nurse.post("/identity-reviews/" + review, Map.of("decision", "different-people", "reason", REASON));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(nurse.get("/identity-reviews/" + review).body()).contains("Different people: both records are kept");
        assertThat(active(pair.received())).isTrue();
        assertThat(active(pair.earlier())).isTrue();
    }

    /** Two receptions at Leeds of one name and date of birth under two prison numbers: the second is put to review. */
    private Pair aPossibleDuplicate(String family) {
        String name = family + System.nanoTime() % 100_000;
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        String earlierNumber = uniquePrisonNumber();
        String earlier = receive(nurse, sameBirthday(reception(earlierNumber, name, "LEI", "received-new", at())));
        String receivedNumber = uniquePrisonNumber();
        String received = receive(nurse, sameBirthday(reception(receivedNumber, name, "LEI", "received-new", at())));
        return new Pair(earlier, earlierNumber, received, receivedNumber);
    }

    private static Parameters sameBirthday(Parameters reception) {
        reception.getParameter().removeIf(p -> p.getName().equals("birthdate"));
        reception.addParameter("birthdate", "1971-02-03");
        return reception;
    }

    private static Instant at() {
        return Instant.now().minusSeconds(300);
    }

    /** The review's id from the row of the worklist's duplicate queue that names the patient. */
    private static String reviewOf(WebSession session, String patientId) {
        String queue = wholeList(session, "duplicate_reviews");
        Matcher link = Pattern.compile(
                        "data-patient=\"" + Pattern.quote(patientId)
                                + "\".*?href=\"/identity-reviews/([0-9a-f-]{36})\"",
                        Pattern.DOTALL)
                .matcher(queue);
        assertThat(link.find()).as("a review link for the patient").isTrue();
        return link.group(1);
    }

    /** Active unless marked otherwise (a record merged away is marked inactive). */
    private boolean active(String id) {
        Patient patient = patient(id);
        return !patient.hasActive() || patient.getActive();
    }

    private Patient patient(String id) {
        return new FhirHttp(port).get("/Patient/" + id).send().resource(Patient.class);
    }

    private record Pair(String earlier, String earlierNumber, String received, String receivedNumber) {}
}
