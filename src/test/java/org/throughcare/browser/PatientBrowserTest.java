package org.throughcare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.Browser;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestPatients;
import org.throughcare.testing.TestRecords;

/**
 * A clinician's front door in a real browser: finding a patient by each criterion (never one at
 * another establishment), the banner that tells patients apart, the summary's sections, and
 * emergency access from refusal to the Caldicott guardian's review.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    String family;
    String nhsNumber;
    String prisonNumber;
    String leedsPatient;
    String otherLeedsPatient;
    String manchesterNhsNumber;

    @BeforeAll
    void patients() {
        FhirHttp system = new FhirHttp(port);
        family = TestRecords.uniqueFamilyName("Browser");
        nhsNumber = TestPatients.uniqueNhsNumber();
        prisonNumber = TestRecords.uniquePrisonNumber();
        leedsPatient = TestRecords.aLeedsPatientWithARecord(
                system, family, nhsNumber, prisonNumber, "Epilepsy: seizure plan", "Epilepsy");
        otherLeedsPatient = system.post(
                        "/Patient",
                        aPatient().withFamilyName(family).at("hmp-leeds").build())
                .send()
                .createdId();
        system.post("/AllergyIntolerance", TestRecords.anAllergy(otherLeedsPatient, "716186003", "No known allergy"))
                .send();
        manchesterNhsNumber = TestPatients.uniqueNhsNumber();
        system.post(
                        "/Patient",
                        aPatient()
                                .withFamilyName(family)
                                .withNhsNumber(manchesterNhsNumber)
                                .at("hmp-manchester")
                                .build())
                .send();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNurseFindsTheirPatientByEachCriterionButNeverOneAtAnotherEstablishment() {
        browser.signIn("nurse.leeds");
        for (Map<String, String> criteria : List.of(
                Map.of("nhs-number", nhsNumber),
                Map.of("prison-number", prisonNumber),
                Map.of("family", family, "given", "Alex"),
                Map.of("family", family, "birth-day", "12", "birth-month", "4", "birth-year", "1985"))) {
            search(criteria);

            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=patient-row]"));
            assertThat(rows).as("%s", criteria).isNotEmpty();
            assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("HMP Leeds"));
        }
        search(Map.of("family", family));
        assertThat(browser.text(By.cssSelector("[data-testid=search-results] h2")))
                .isEqualTo("2 patients found");
        browser.snapshot("search-results");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(family).endsWith("/patients");
        assertThat(browser.accessibilityViolations()).isEmpty();

        search(Map.of("nhs-number", manchesterNhsNumber));
        assertThat(browser.text(By.cssSelector("[data-testid=search-results] h2")))
                .isEqualTo("No patients found");
    }

    @Test
    void theBannerTellsThePatientApartAndAllergyStatesNeverLookAlike() {
        browser.signIn("nurse.leeds").open("/patients/" + leedsPatient);

        assertThat(browser.text(By.cssSelector("[data-testid=patient-name]")))
                .contains(family.toUpperCase() + ", Alex");
        assertThat(browser.text(By.cssSelector("[data-testid=patient-born]"))).startsWith("12-Apr-1985 (");
        assertThat(browser.text(By.cssSelector("[data-testid=patient-nhs-number]")))
                .isEqualTo(nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6));
        assertThat(browser.text(By.cssSelector("[data-testid=patient-prison-number]")))
                .isEqualTo(prisonNumber);
        assertThat(browser.text(By.cssSelector("[data-testid=patient-establishment]")))
                .isEqualTo("HMP Leeds");
        assertThat(browser.text(By.cssSelector("[data-testid=banner-allergies]")))
                .contains("Penicillin");
        assertThat(browser.text(By.cssSelector("[data-testid=banner-alerts]"))).contains("Epilepsy: seizure plan");
        String present = background();

        browser.open("/patients/" + otherLeedsPatient);
        assertThat(browser.text(By.cssSelector("[data-testid=banner-allergies]")))
                .contains("No known allergy");
        String noneKnown = background();
        browser.snapshot("banner-none-known");
        String notRecorded = bannerOfANewPatient();
        browser.snapshot("banner-not-recorded");

        assertThat(List.of(present, noneKnown, notRecorded)).doesNotHaveDuplicates();
        assertThat(browser.text(By.cssSelector("[data-testid=banner-allergies]")))
                .contains("Not recorded");
    }

    @Test
    void theSummaryListsEachSectionUnderTheBanner() {
        browser.signIn("gp.leeds").open("/patients/" + leedsPatient);

        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=patient-banner]")))
                .hasSize(1);
        for (String section : List.of("alerts", "allergies", "problems", "medications", "encounters", "observations")) {
            assertThat(browser.driver().findElement(By.id(section)).isDisplayed())
                    .as(section)
                    .isTrue();
        }
        assertThat(browser.text(By.cssSelector("[data-testid=problem-row]")))
                .contains("Epilepsy")
                .contains("Active");
        assertThat(browser.text(By.cssSelector("[data-empty=medications]"))).contains("No active prescriptions");
        browser.snapshot("summary");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void emergencyAccessFromRefusalToTheCaldicottGuardiansReview() {
        browser.signIn("gp.manchester");
        search(Map.of("nhs-number", nhsNumber));
        browser.driver().findElement(By.linkText("get emergency access")).click();
        browser.type(By.id("nhs-number"), nhsNumber);
        browser.driver()
                .findElement(By.cssSelector("form[action='/emergency-access'] button"))
                .click();
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("Enter why you need this record now");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.type(By.id("reason"), "Brought to healthcare unconscious after a transfer");
        browser.driver()
                .findElement(By.cssSelector("form[action='/emergency-access'] button"))
                .click();

        assertThat(browser.text(By.cssSelector("[data-testid=emergency-access]")))
                .contains("Emergency access until");
        browser.snapshot("emergency-access");
        assertThat(browser.text(By.cssSelector("[data-testid=patient-name]"))).contains(family.toUpperCase());

        browser.driver().findElement(By.cssSelector("[data-testid=sign-out]")).click();
        browser.signIn("caldicott").open("/audit/break-glass");
        WebElement grant = browser.driver().findElements(By.cssSelector("[data-testid=break-glass-grant]")).stream()
                .filter(card -> card.getText().contains("Brought to healthcare unconscious"))
                .findFirst()
                .orElseThrow();
        assertThat(grant.getText()).contains("gp.manchester").contains(leedsPatient);
        browser.snapshot("break-glass-queue");
        assertThat(browser.accessibilityViolations()).isEmpty();
        grant.findElement(By.cssSelector("input[value=follow-up]")).click();
        grant.findElement(By.cssSelector("textarea")).sendKeys("Asked the GP for the clinical notes");
        grant.findElement(By.cssSelector("button[type=submit]:not(.nhsuk-button--small)"))
                .click();

        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("The review was recorded");
        assertThat(browser.driver().getPageSource()).doesNotContain("Brought to healthcare unconscious");
    }

    @Test
    void theAuditorSeesWhoAccessedAPatientAndWhatAUserDid() {
        browser.signIn("nurse.leeds").open("/patients/" + leedsPatient);
        browser.driver().findElement(By.cssSelector("[data-testid=sign-out]")).click();

        browser.signIn("caldicott");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Audit log");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.type(By.id("nhs-number"), nhsNumber);
        browser.driver()
                .findElement(By.cssSelector("form[action='/audit/patient'] button"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=audit-lines]"))).contains("nurse.leeds");
        browser.snapshot("audit-patient");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=download-access-log]")))
                .isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("/audit").type(By.id("username"), "nurse.leeds");
        browser.driver()
                .findElement(By.cssSelector("form[action='/audit/user'] button"))
                .click();
        // The audit page's own heading stays until the next page replaces it.
        browser.waitForText(By.tagName("h1"), "What nurse.leeds did");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("What nurse.leeds did");
        assertThat(browser.text(By.cssSelector("[data-testid=audit-lines]"))).contains(leedsPatient);
    }

    /** Fills the search form (field id to text), submits it and waits for htmx to swap the results in. */
    private void search(Map<String, String> criteria) {
        browser.open("/patients");
        criteria.forEach((field, text) -> browser.type(By.id(field), text));
        browser.driver()
                .findElement(By.cssSelector("#patient-search form button[type=submit]"))
                .click();
        browser.waitFor(By.cssSelector("[data-testid=search-results] h2"));
    }

    private String background() {
        return browser.driver()
                .findElement(By.cssSelector("[data-testid=banner-allergies]"))
                .getCssValue("background-color");
    }

    private String bannerOfANewPatient() {
        String id = new FhirHttp(port)
                .post(
                        "/Patient",
                        aPatient().withFamilyName(family).at("hmp-leeds").build())
                .send()
                .createdId();
        browser.open("/patients/" + id);
        return background();
    }
}
