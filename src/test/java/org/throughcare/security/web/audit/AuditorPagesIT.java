package org.throughcare.security.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestPatients;
import org.throughcare.testing.WebSession;

/**
 * The Caldicott guardian's pages: only their role may use them; they answer who accessed a
 * patient (also as a subject access request file), what a user did, and record break-glass reviews.
 */
@IntegrationTest
class AuditorPagesIT {

    private static final Pattern GRANT = Pattern.compile("/audit/break-glass/([0-9a-f-]{36})/review");

    @LocalServerPort
    int port;

    String nhsNumber;
    String patientId;

    @BeforeEach
    void aPatientTheLeedsNurseHasRead() {
        nhsNumber = TestPatients.uniqueNhsNumber();
        patientId = new FhirHttp(port)
                .post(
                        "/Patient",
                        aPatient().withNhsNumber(nhsNumber).at("hmp-leeds").build())
                .send()
                .createdId();
        WebSession.signedIn(port, "nurse.leeds").get("/patients/" + patientId);
    }

    @Test
    void onlyTheAuditorRoleMayUseThem() {
        WebSession nurse = WebSession.signedIn(port, "nurse.leeds");

        assertThat(nurse.get("/audit").statusCode()).isEqualTo(403);
        assertThat(nurse.get("/audit/break-glass").statusCode()).isEqualTo(403);
        assertThat(nurse.post("/audit/patient", Map.of("nhsNumber", nhsNumber)).statusCode())
                .isEqualTo(403);
        assertThat(nurse.post("/audit/patient/access-log", Map.of("recordId", patientId))
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.anonymous(port).get("/audit").statusCode()).isEqualTo(302);
    }

    @Test
    void whoAccessedAPatientAndWhenByNhsNumber() {
        HttpResponse<String> page =
                WebSession.signedIn(port, "caldicott").post("/audit/patient", Map.of("nhsNumber", nhsNumber));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Who accessed the record")
                .contains("nurse.leeds")
                .contains("Search")
                .contains("LEI");
    }

    @Test
    void aPatientsAccessLogDownloadsForASubjectAccessRequest() {
        HttpResponse<String> file =
                WebSession.signedIn(port, "caldicott").post("/audit/patient/access-log", Map.of("recordId", patientId));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains("access-log-" + patientId + ".csv");
        assertThat(file.body()).startsWith("Date and time (UK),User,").contains("\"nurse.leeds\"");
    }

    @Test
    void whatAUserDid() {
        HttpResponse<String> page =
                WebSession.signedIn(port, "caldicott").post("/audit/user", Map.of("username", "nurse.leeds"));

        assertThat(page.body())
                .contains("What nurse.leeds did")
                .contains(patientId)
                .contains("Login");
    }

    @Test
    void anUnknownNumberIsAFormErrorNotAFailure() {
        HttpResponse<String> page =
                WebSession.signedIn(port, "caldicott").post("/audit/patient", Map.of("nhsNumber", "12345"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem").contains("Enter a valid NHS number");
    }

    @Test
    void aBreakGlassGrantWaitsInTheQueueUntilItsOutcomeIsRecordedOnce() {
        WebSession.signedIn(port, "gp.manchester")
                .post("/emergency-access", Map.of("nhsNumber", nhsNumber, "reason", "Seen in court cells, unwell"));
        WebSession caldicott = WebSession.signedIn(port, "caldicott");
        String queue = caldicott.get("/audit/break-glass").body();
        Matcher grant = GRANT.matcher(queue.substring(queue.indexOf(patientId)));
        assertThat(grant.find()).isTrue();
        String review = "/audit/break-glass/" + grant.group(1) + "/review";

        HttpResponse<String> noOutcome = caldicott.post(review, Map.of("note", "checked"));
        String afterNoOutcome = caldicott.get("/audit/break-glass").body();
        HttpResponse<String> reviewed = caldicott.post(review, Map.of("outcome", "appropriate", "note", "Urgent care"));
        String afterReview = caldicott.get("/audit/break-glass").body();
        caldicott.post(review, Map.of("outcome", "inappropriate"));
        String afterSecond = caldicott.get("/audit/break-glass").body();

        assertThat(queue).contains("Seen in court cells, unwell").contains("gp.manchester");
        assertThat(noOutcome.statusCode()).isEqualTo(302);
        assertThat(afterNoOutcome).contains("Select whether the access was appropriate");
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(afterReview).contains("The review was recorded").doesNotContain(grant.group(1));
        assertThat(afterSecond).contains("This access has already been reviewed");
    }
}
