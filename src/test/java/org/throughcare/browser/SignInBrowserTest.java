package org.throughcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.security.StaffRole;
import org.throughcare.security.account.StaffAccounts;
import org.throughcare.testing.Browser;
import org.throughcare.testing.IntegrationTest;

/** Signing in and out in a real browser, the lockout message, and the session timing out. */
@IntegrationTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        jdbc.sql("delete from sign_in_throttle").update();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        jdbc.sql("delete from sign_in_throttle").update();
    }

    @Test
    void aNurseSignsInAndSeesWhoAndWhereTheyAreInTheHeader() {
        browser.open("/sign-in");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.signIn("nurse.leeds");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Find a patient");
        assertThat(browser.text(By.cssSelector("[data-testid=user-name]"))).contains("Rita Reception");
        assertThat(browser.text(By.cssSelector("[data-testid=user-role]"))).isEqualTo("Nurse");
        assertThat(browser.text(By.cssSelector("[data-testid=working-establishment]")))
                .endsWith("HMP Leeds");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void aWrongPasswordShowsAnErrorSummaryThatSaysNothingAboutTheAccount() {
        browser.signIn("nurse.leeds", "not-the-password");

        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary")))
                .contains("The user name or password is not right, or the account is locked")
                .contains("After 5 failed attempts an account is locked for 15 minutes");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.waitUntil(driver ->
                driver.switchTo().activeElement().getAttribute("class").contains("nhsuk-error-summary"));
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void aLockedAccountCannotSignInEvenWithTheRightPassword() {
        accounts.createIfMissing(
                "browser.lockout", "Browser Lockout", StaffRole.NURSE, List.of("LEI"), null, "a-long-enough-secret-7");
        for (int attempt = 0; attempt < StaffAccounts.MAX_FAILURES; attempt++) {
            browser.signIn("browser.lockout", "wrong-password-" + attempt);
        }

        browser.signIn("browser.lockout", "a-long-enough-secret-7");

        assertThat(browser.driver().getCurrentUrl()).contains("/sign-in?error");
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("locked");
    }

    @Test
    void signingOutEndsTheSessionAndPatientPagesAreNoLongerReachable() {
        browser.signIn("gp.leeds");

        browser.driver().findElement(By.cssSelector("[data-testid=sign-out]")).click();

        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("You have signed out");
        browser.open("/patients");
        assertThat(browser.driver().getCurrentUrl()).contains("/sign-in");
    }

    @Test
    void aSessionThatTimesOutSendsTheUserToAClearSignedOutPage() {
        browser.signIn("nurse.leeds");

        // The session store's own idea of time: last used longer ago than the timeout.
        jdbc.sql("update spring_session set last_access_time = last_access_time - (max_inactive_interval + 60) * 1000,"
                        + " expiry_time = expiry_time - (max_inactive_interval + 60) * 1000 where principal_name = ?")
                .param("nurse.leeds")
                .update();
        browser.open("/patients");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You were signed out");
        assertThat(browser.driver().getPageSource()).doesNotContain("Rita Reception");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void twoMinutesBeforeTheTimeoutAWarningOffersToStaySignedIn() {
        browser.signIn("gp.leeds");
        // A session of 123 seconds: the warning is due 3 seconds after the page loads.
        jdbc.sql("update spring_session set max_inactive_interval = 123 where principal_name = ?")
                .param("gp.leeds")
                .update();
        browser.open("/patients");

        browser.waitFor(By.id("session-timeout"));
        assertThat(browser.text(By.id("session-timeout-heading"))).isEqualTo("You will be signed out soon");
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Stay signed in");
        browser.driver().findElement(By.id("stay-signed-in")).click();

        browser.waitUntil(
                driver -> !driver.findElement(By.id("session-timeout")).isDisplayed());
        browser.open("/patients");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Find a patient");
    }
}
