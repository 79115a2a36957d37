package org.throughcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;
import org.throughcare.testing.WebSession;

/**
 * The shell around every page: the header's user, role and establishment, the establishment
 * switcher (which only narrows), security headers, our own assets, and error pages that reveal
 * nothing while API clients keep their OperationOutcomes.
 */
@IntegrationTest
class WebShellIT {

    @LocalServerPort
    int port;

    @Test
    void theHeaderShowsWhoIsSignedInTheirRoleAndWhereTheyWork() {
        HttpResponse<String> page = WebSession.signedIn(port, "nurse.leeds").get("/patients");

        assertThat(page.body())
                .contains("Rita Reception (nurse, HMP Leeds)")
                .contains("data-testid=\"user-role\">Nurse<")
                .contains("Working at </span><span>HMP Leeds</span>")
                .doesNotContain("Change establishment")
                .contains("Sign out");
    }

    @Test
    void staffAtSeveralEstablishmentsSwitchAndSearchIsScopedToTheChosenOne() {
        String family = TestRecords.uniqueFamilyName("Switch");
        FhirHttp system = new FhirHttp(port);
        String leeds = system.post(
                        "/Patient",
                        aPatient().withFamilyName(family).at("hmp-leeds").build())
                .send()
                .createdId();
        String manchester = system.post(
                        "/Patient",
                        aPatient().withFamilyName(family).at("hmp-manchester").build())
                .send()
                .createdId();
        WebSession pharmacist = WebSession.signedIn(port, "pharmacist");

        String atLeeds =
                pharmacist.post("/patients/search", Map.of("family", family)).body();
        HttpResponse<String> switched = pharmacist.post("/working-establishment", Map.of("establishment", "MRI"));
        String atManchester =
                pharmacist.post("/patients/search", Map.of("family", family)).body();
        HttpResponse<String> elsewhere = pharmacist.post("/working-establishment", Map.of("establishment", "BMI"));

        assertThat(atLeeds).contains(leeds).doesNotContain(manchester).contains("Change establishment");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(atManchester).contains(manchester).doesNotContain(leeds);
        assertThat(atManchester).contains("Working at </span><span>HMP Manchester</span>");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = WebSession.signedIn(port, "gp.leeds").get("/patients");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
    }

    @Test
    void theDesignSystemAndHtmxAreServedHereAndCacheable() {
        for (String asset : new String[] {
            "/assets/nhsuk/nhsuk-frontend.min.css",
            "/assets/nhsuk/nhsuk-frontend.min.js",
            "/assets/htmx/htmx.min.js",
            "/assets/js/throughcare.mjs",
            "/assets/images/nhsuk-icon-search.svg"
        }) {
            HttpResponse<String> response = WebSession.anonymous(port).get(asset);

            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(asset)
                    .contains("max-age");
            assertThat(response.headers().firstValue("Set-Cookie")).as(asset).isEmpty();
        }
    }

    @Test
    void browsersGetAnErrorPageThatRevealsNothingAndApiClientsAnOperationOutcome() {
        HttpResponse<String> page = WebSession.signedIn(port, "nurse.leeds").get("/no-such-page");
        String api = new FhirHttp(port).get("/NoSuchType/x").send().body();

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Page not found")
                .contains("nhsuk-header")
                .doesNotContain("Exception");
        assertThat(api).contains("\"resourceType\":\"OperationOutcome\"");
    }

    @Test
    void theSessionEndedPageAndAccessibilityStatementArePublic() {
        assertThat(WebSession.anonymous(port).get("/session-ended").body()).contains("You were signed out");
        assertThat(WebSession.anonymous(port).get("/accessibility").body()).contains("WCAG 2.2");
    }

    @Test
    void aCommissionerLandsOnAHomePageThatSaysWhatTheirRoleHas() {
        HttpResponse<String> home = WebSession.signedIn(port, "commissioner").get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Your role does not use any of the pages");
    }
}
