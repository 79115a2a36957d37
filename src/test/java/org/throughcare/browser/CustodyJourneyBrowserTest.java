package org.throughcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.security.StaffRole;
import org.throughcare.security.account.StaffAccounts;
import org.throughcare.testing.Browser;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;

/**
 * The custody journey of issue 5 in a real browser, checking at each step who sees what: arrival at
 * Leeds, the first reception screen, a transfer to Manchester with its summary (Manchester sees the
 * whole record at once, Leeds keeps read-only access), a court day at Manchester (out and back; the
 * stay stays open), and release with its discharge summary (the stay and episode close). A nurse at
 * an unrelated prison (Durham) never finds the patient. Each page passes axe-core's WCAG 2.2 AA checks.
 */
@IntegrationTest
class CustodyJourneyBrowserTest {

    private static final String PASSWORD = "journey-durham-secret-7";
    private static final Pattern PATIENT = Pattern.compile("/patients/([A-Za-z0-9\\-.]+)");

    /** A nurse at a prison the patient never goes to. */
    private static final String OUTSIDER = "journey.nurse.durham";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        accounts.createIfMissing(
                OUTSIDER, "Dana Durham (nurse, HMP Durham)", StaffRole.NURSE, List.of("DMI"), null, PASSWORD);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void receptionScreenTransferCourtDayAndReleaseWithWhoSeesWhatAtEachStep() {
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
        signOutFrom("/worklists");
        outsiderCannotSee(patient, prisonNumber);

        browser.signIn("nurse.leeds");
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
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/worklists/arrivals_today"); // the whole list: the worklists page shows its first rows
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
        assertThat(list("transfers_out_today")).contains(family.toUpperCase());
        assertThat(list("on_site")).doesNotContain(family.toUpperCase());
        signOut();
        outsiderCannotSee(patient, prisonNumber);

        browser.signIn("nurse.manchester");
        courtDay(patient, family);
        release(patient);
        signOutFrom("/worklists");

        browser.signIn("nurse.leeds");
        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.text(By.cssSelector("[data-testid=read-only]"))).contains("Read only");
        assertThat(browser.text(By.cssSelector("[data-testid=summaries]")))
                .contains("Transfer summary")
                .contains("Discharge summary");
        signOut();
        outsiderCannotSee(patient, prisonNumber);
    }

    /** Out to court and back at Manchester: the patient is at court, then on site, in one open stay. */
    private void courtDay(String patient, String family) {
        browser.open("/patients/" + patient + "/custody");
        choose("movement-kind"); // the first movement: out to court
        browser.type(By.id("movement-destination"), "Manchester Crown Court");
        browser.driver()
                .findElement(By.cssSelector("#movementForm button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=form-outcome]"))).contains("Out to court");
        assertThat(list("at_court")).contains(family.toUpperCase()).contains("Manchester Crown Court");
        assertThat(list("on_site")).doesNotContain(family.toUpperCase());

        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.text(By.cssSelector("[data-testid=whereabouts]"))).contains("HMP Manchester");
        choose("movement-kind-returned-from-court");
        browser.driver()
                .findElement(By.cssSelector("#movementForm button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=form-outcome]"))).contains("Returned from court");
        assertThat(list("on_site")).contains(family.toUpperCase());
        assertThat(list("at_court")).doesNotContain(family.toUpperCase());
        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.text(By.cssSelector("[data-testid=whereabouts]"))).contains("In custody at HMP Manchester");
    }

    /** Release at Manchester: the discharge summary is written and the stay ends; Manchester reads on. */
    private void release(String patient) {
        browser.type(By.id("release-gp"), "Registered with Ancoats Medical Centre");
        browser.type(By.id("release-medicines"), "No current medicines");
        choose("release-naloxone-no");
        browser.driver()
                .findElement(By.cssSelector("#releaseForm button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=form-outcome]")))
                .contains("Released; the custody episode is closed");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver()
                .findElement(By.cssSelector("[data-testid=summary-links] a"))
                .click();
        assertThat(browser.text(By.tagName("body")))
                .contains("Discharge summary")
                .contains("Registered with Ancoats Medical Centre");
        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.text(By.cssSelector("[data-testid=whereabouts]"))).contains("Not in a custody stay now");
        assertThat(browser.text(By.cssSelector("[data-testid=read-only]"))).contains("Read only");
        assertThat(browser.driver().findElements(By.id("releaseForm"))).isEmpty();
        browser.snapshot("journey-released");
    }

    /** A nurse at an unrelated prison finds nothing by the prison number and cannot open the record. */
    private void outsiderCannotSee(String patient, String prisonNumber) {
        browser.signIn(OUTSIDER, PASSWORD);
        browser.open("/patients");
        browser.type(By.id("prison-number"), prisonNumber);
        browser.driver()
                .findElement(By.cssSelector("#patient-search form button[type=submit]"))
                .click();
        assertThat(browser.text(By.cssSelector("[data-testid=search-results] h2")))
                .isEqualTo("No patients found");
        browser.open("/patients/" + patient);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("This record is not available");
        browser.open("/patients/" + patient + "/custody");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
        assertThat(browser.driver().getPageSource()).doesNotContain(prisonNumber);
        signOut();
    }

    /** The text of a whole worklist, following "Next" through its pages. */
    private String list(String name) {
        browser.open("/worklists/" + name);
        StringBuilder text = new StringBuilder(browser.text(By.cssSelector("[data-testid=queue-" + name + "]")));
        while (!browser.driver()
                .findElements(By.cssSelector("[data-testid=next]"))
                .isEmpty()) {
            browser.driver().findElement(By.cssSelector("[data-testid=next]")).click();
            browser.waitFor(By.cssSelector("[data-testid=previous]"));
            text.append(browser.text(By.cssSelector("[data-testid=queue-" + name + "]")));
        }
        return text.toString();
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
