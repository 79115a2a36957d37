package org.throughcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.Browser;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;

/**
 * The custody journey in a real browser, checking at each step who sees what: arrival at Leeds,
 * the first reception screen, a transfer to Manchester with its summary, Manchester's nurse finding
 * the patient on today's arrivals and reading the summary, and Leeds keeping read-only access.
 * Each page passes axe-core's WCAG 2.2 AA checks.
 */
@IntegrationTest
class CustodyJourneyBrowserTest {

    private static final Pattern PATIENT = Pattern.compile("/patients/([A-Za-z0-9\\-.]+)");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void arrivalScreenTransferAndTheReceivingEstablishmentReadsTheSummary() {
        String family = TestRecords.uniqueFamilyName("Journey");
        String prisonNumber = TestRecords.uniquePrisonNumber();

        browser.signIn("nurse.leeds");
        browser.driver().findElement(By.linkText("Worklists")).click();
        browser.waitForText(By.tagName("h1"), "Worklists");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver().findElement(By.linkText("Record an arrival")).click();
        recordArrival("kind", prisonNumber, family);
        assertThat(browser.text(By.cssSelector("[data-testid=outcome-text]"))).contains("new record was made");
        assertThat(browser.text(By.cssSelector("[data-testid=patient-name]"))).contains(family.toUpperCase());
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.snapshot("journey-arrival");
        String patient = patientOf(browser.driver().findElement(By.linkText("Open the record")));

        browser.driver()
                .findElement(By.linkText("Start the first reception screen"))
                .click();
        browser.waitForText(By.tagName("h1"), "First reception health screen");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver()
                .findElement(By.cssSelector("[data-testid=screen-form] button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary")))
                .contains("Answer: Taking prescribed medicines now?");
        choose("q-on-medicines-no");
        choose("q-allergies-no");
        choose("q-location"); // the first option: first night centre
        browser.driver()
                .findElement(By.cssSelector("[data-testid=screen-form] button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=form-outcome]")))
                .contains("Where the patient goes first: first night centre");

        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.snapshot("journey-custody");
        choose("transfer-fit");
        browser.type(By.id("transfer-days"), "7");
        new Select(browser.driver().findElement(By.id("transfer-destination"))).selectByVisibleText("HMP Manchester");
        browser.driver()
                .findElement(By.cssSelector("#transferForm button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=form-outcome]")))
                .contains("Transferred out to HMP Manchester");
        signOut();

        browser.signIn("nurse.manchester");
        browser.open("/reception/arrival");
        recordArrival("kind-received-transfer", prisonNumber, family);
        assertThat(browser.text(By.cssSelector("[data-testid=outcome-text]")))
                .contains("Matched to the record with the same prison number");
        browser.open("/worklists");
        assertThat(browser.text(By.cssSelector("[data-testid=queue-arrivals_today]")))
                .contains(family.toUpperCase());
        browser.driver()
                .findElement(By.cssSelector("[data-testid=queue-arrivals_today] [data-patient='" + patient + "'] a"))
                .click();
        browser.waitFor(By.cssSelector("[data-testid=custody-link]")).click();
        assertThat(browser.text(By.cssSelector("[data-testid=whereabouts]"))).contains("HMP Manchester");
        browser.driver()
                .findElement(By.cssSelector("[data-testid=summaries] a"))
                .click();
        assertThat(browser.text(By.tagName("body")))
                .contains("Transfer summary")
                .contains("Fit to travel");
        signOutFrom("/worklists");

        browser.signIn("nurse.leeds");
        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.text(By.cssSelector("[data-testid=read-only]"))).contains("Read only");
        assertThat(browser.driver().findElements(By.id("transferForm"))).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/worklists");
        assertThat(browser.text(By.cssSelector("[data-testid=queue-transfers_out_today]")))
                .contains(family.toUpperCase());
        assertThat(browser.text(By.cssSelector("[data-testid=queue-on_site]"))).doesNotContain(family.toUpperCase());
    }

    private void recordArrival(String kind, String prisonNumber, String family) {
        browser.waitForText(By.tagName("h1"), "Record an arrival");
        choose(kind);
        browser.type(By.id("prison-number"), prisonNumber);
        browser.type(By.id("family"), family);
        browser.type(By.id("given"), "Jordan");
        browser.type(By.id("birth-day"), "9");
        browser.type(By.id("birth-month"), "11");
        browser.type(By.id("birth-year"), "1979");
        choose("sex");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver()
                .findElement(By.cssSelector("form[action='/reception/arrival'] button[type=submit]"))
                .click();
        browser.waitForText(By.tagName("h1"), "Arrival recorded");
    }

    private void choose(String id) {
        browser.waitFor(By.cssSelector("label[for='" + id + "']")).click();
    }

    private void signOut() {
        browser.driver().findElement(By.cssSelector("[data-testid=sign-out]")).click();
        browser.waitFor(By.cssSelector(".nhsuk-notification-banner"));
    }

    private void signOutFrom(String path) {
        browser.open(path);
        signOut();
    }

    private static String patientOf(WebElement link) {
        Matcher id = PATIENT.matcher(link.getAttribute("href"));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
