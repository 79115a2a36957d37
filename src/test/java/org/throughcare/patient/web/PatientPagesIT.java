package org.throughcare.patient.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;
import org.throughcare.testing.WebSession;

/**
 * The patient pages over HTTP, for each kind of caller: anonymous (sent to sign in), a role that
 * reads no clinical records (refused), a clinician at another establishment (the record is "not
 * available", exactly like one that does not exist) and a clinician who cares for the patient.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String family;
    String nhsNumber;
    String prisonNumber;
    String leedsPatient;
    String manchesterPatient;
    String manchesterNhsNumber;

    @BeforeAll
    void patientsAtLeedsAndManchester() {
        FhirHttp system = new FhirHttp(port);
        family = TestRecords.uniqueFamilyName("Pagetest");
        nhsNumber = org.throughcare.testing.TestPatients.uniqueNhsNumber();
        prisonNumber = TestRecords.uniquePrisonNumber();
        leedsPatient = TestRecords.aLeedsPatientWithARecord(
                system, family, nhsNumber, prisonNumber, "Risk of falls", "Asthma");
        system.post("/Condition", TestRecords.aProblem(leedsPatient, "Hidden diagnosis", "HIV"))
                .send();
        org.hl7.fhir.r4.model.Observation pulse = aHeartRate(leedsPatient, 64);
        pulse.addCategory()
                .addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/observation-category")
                .setCode("vital-signs");
        system.post("/Observation", pulse).send();
        manchesterNhsNumber = org.throughcare.testing.TestPatients.uniqueNhsNumber();
        manchesterPatient = system.post(
                        "/Patient",
                        aPatient()
                                .withFamilyName(family)
                                .withNhsNumber(manchesterNhsNumber)
                                .at("hmp-manchester")
                                .build())
                .send()
                .createdId();
    }

    @Test
    void anonymousCallersAreSentToSignIn() {
        HttpResponse<String> page = WebSession.anonymous(port).get("/patients/" + leedsPatient);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/sign-in");
    }

    @Test
    void rolesThatReadNoClinicalRecordsAreRefusedWithAPageThatRevealsNothing() {
        for (String user : new String[] {"commissioner", "caldicott", "officer.leeds"}) {
            WebSession session = WebSession.signedIn(port, user);
            HttpResponse<String> search = session.get("/patients");
            HttpResponse<String> summary = session.get("/patients/" + leedsPatient);

            assertThat(search.statusCode()).as(user).isEqualTo(403);
            assertThat(summary.statusCode()).as(user).isEqualTo(403);
            assertThat(summary.body())
                    .contains("You do not have access to this page")
                    .doesNotContain(family);
        }
    }

    @Test
    void aClinicianAtAnotherEstablishmentFindsNothingAndTheRecordIsNotAvailable() {
        WebSession manchester = WebSession.signedIn(port, "nurse.manchester");

        HttpResponse<String> summary = manchester.get("/patients/" + leedsPatient);
        HttpResponse<String> missing = manchester.get("/patients/no-such-record");
        HttpResponse<String> search = manchester.post("/patients/search", Map.of("nhsNumber", nhsNumber));

        assertThat(summary.statusCode()).isEqualTo(404);
        assertThat(summary.body()).contains("This record is not available").doesNotContain(family);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(textOf(missing)).isEqualTo(textOf(summary));
        assertThat(search.body()).contains("No patients found").contains("get emergency access");
    }

    @Test
    void aClinicianFindsTheirPatientByEachCriterionAndOnlyAtTheirEstablishment() {
        WebSession leeds = WebSession.signedIn(port, "nurse.leeds");

        for (Map<String, String> criteria : java.util.List.of(
                Map.of("family", family),
                Map.of("family", family.substring(0, 12).toUpperCase(), "given", "alex"),
                Map.of(
                        "nhsNumber",
                        nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6)),
                Map.of("prisonNumber", prisonNumber.toLowerCase()),
                Map.of("family", family, "day", "12", "month", "4", "year", "1985"))) {
            HttpResponse<String> found = leeds.post("/patients/search", criteria);

            assertThat(found.body())
                    .as("%s", criteria)
                    .contains("1 patient found")
                    .contains(leedsPatient);
            assertThat(found.body()).doesNotContain(manchesterPatient);
        }
    }

    @Test
    void aPatientWhoLeftIsFoundReadOnlyWhereTheyWereAndAsCurrentWhereTheyWent() {
        FhirHttp system = new FhirHttp(port);
        String movedFamily = TestRecords.uniqueFamilyName("Movedtest");
        String moved = system.post(
                        "/Patient",
                        aPatient().withFamilyName(movedFamily).at("hmp-leeds").build())
                .send()
                .createdId();
        org.hl7.fhir.r4.model.Patient transferred =
                aPatient().withFamilyName(movedFamily).at("hmp-manchester").build();
        transferred.setId(moved);
        assertThat(system.put("/Patient/" + moved, transferred).send().status()).isEqualTo(200);

        String atLeeds = WebSession.signedIn(port, "nurse.leeds")
                .post("/patients/search", Map.of("family", movedFamily))
                .body();
        String atManchester = WebSession.signedIn(port, "nurse.manchester")
                .post("/patients/search", Map.of("family", movedFamily))
                .body();

        assertThat(atLeeds)
                .contains("1 patient found")
                .contains(moved)
                .contains("data-testid=\"left-read-only\"")
                .contains("HMP Manchester");
        assertThat(atManchester).contains("1 patient found").contains(moved).doesNotContain("left-read-only");
    }

    @Test
    void searchCriteriaTravelInTheBodyWithACsrfTokenNeverInTheUrl() {
        WebSession leeds = WebSession.signedIn(port, "nurse.leeds");

        HttpResponse<String> forged = leeds.postRaw("/patients/search", Map.of("family", family), Map.of());
        HttpResponse<String> byUrl = leeds.get("/patients/search?family=" + family);
        HttpResponse<String> htmx = leeds.postRaw(
                "/patients/search", Map.of("family", family, "_csrf", leeds.csrf()), Map.of("HX-Request", "true"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(byUrl.statusCode()).isIn(404, 405);
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).startsWith("<div id=\"patient-search\"").doesNotContain("<html");
    }

    @Test
    void badSearchInputGetsAnErrorSummaryNotAFailure() {
        WebSession leeds = WebSession.signedIn(port, "nurse.leeds");

        HttpResponse<String> page = leeds.post(
                "/patients/search",
                Map.of(
                        "nhsNumber",
                        "1234567890",
                        "prisonNumber",
                        "<script>",
                        "day",
                        "31",
                        "month",
                        "2",
                        "year",
                        "1990"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("Enter a valid NHS number")
                .contains("Prison number must be")
                .contains("Date of birth must be a real date")
                .doesNotContain("<script>");
    }

    @Test
    void theSummaryShowsTheBannerAndEachSectionWithWithheldItemsCountedNotShown() {
        HttpResponse<String> nurse = WebSession.signedIn(port, "nurse.leeds").get("/patients/" + leedsPatient);
        HttpResponse<String> manager =
                WebSession.signedIn(port, "manager.leeds").get("/patients/" + leedsPatient);

        assertThat(nurse.statusCode()).isEqualTo(200);
        assertThat(nurse.body())
                .contains("data-testid=\"patient-banner\"")
                .contains(family.toUpperCase())
                .contains(nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6))
                .contains(prisonNumber)
                .contains("HMP Leeds")
                .contains("Penicillin")
                .contains("Risk of falls")
                .contains("Asthma")
                .contains("Hidden diagnosis")
                .contains("64 /min")
                .contains("No active prescriptions are recorded");
        assertThat(manager.body())
                .contains("Asthma")
                .doesNotContain("Hidden diagnosis")
                .contains("An item is withheld");
        assertThat(nurse.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void emergencyAccessOpensTheRecordMarkedAsSuchAndAudited() {
        WebSession gp = WebSession.signedIn(port, "gp.leeds");

        HttpResponse<String> noReason = gp.post("/emergency-access", Map.of("nhsNumber", manchesterNhsNumber));
        HttpResponse<String> granted = gp.post(
                "/emergency-access",
                Map.of("nhsNumber", manchesterNhsNumber, "reason", "Collapsed in reception\r\nneeds history"));
        HttpResponse<String> summary = gp.get("/patients/" + manchesterPatient);

        assertThat(noReason.body()).contains("Enter why you need this record now");
        assertThat(granted.headers().firstValue("Location").orElse("")).endsWith("/patients/" + manchesterPatient);
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("data-testid=\"emergency-access\"").contains("Emergency access until");
        int emergencyReads = jdbc.sql(
                        "select count(*) from (select event::text e, patient_id from audit_event union all"
                                + " select event::text, patient_id from audit_pending) a where patient_id = ? and e like '%ETREAT%'")
                .param(manchesterPatient)
                .query(Integer.class)
                .single();
        assertThat(emergencyReads).isGreaterThanOrEqualTo(2);
    }

    @Test
    void emergencyAccessIsForCliniciansOnly() {
        HttpResponse<String> manager =
                WebSession.signedIn(port, "manager.leeds").get("/emergency-access");

        assertThat(manager.statusCode()).isEqualTo(403);
    }

    private static String textOf(HttpResponse<String> page) {
        String body = page.body();
        return body.substring(body.indexOf("<main"), body.indexOf("</main>"));
    }
}
