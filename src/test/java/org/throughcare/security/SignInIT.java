package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.security.account.SignInThrottle;
import org.throughcare.security.account.StaffAccount;
import org.throughcare.security.account.StaffAccounts;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestTokens;

/** Sign-in with a local account: audited, locked after repeated failures, rate-limited per address. */
@IntegrationTest
class SignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetFailuresFromThisAddress() {
        jdbc.sql("delete from sign_in_throttle").update();
    }

    @Test
    void anAccountLocksAfterFiveFailuresEvenAgainstTheRightPassword() {
        accounts.createIfMissing(
                "lockout.test", "Lockout Test", StaffRole.NURSE, List.of("LEI"), null, "a-long-enough-secret-9");
        for (int i = 0; i < StaffAccounts.MAX_FAILURES; i++) {
            assertThat(signIn("lockout.test", "not-the-password")).endsWith("/sign-in?error");
        }

        assertThat(signIn("lockout.test", "a-long-enough-secret-9")).endsWith("/sign-in?error");
        StaffAccount account = accounts.find("lockout.test").orElseThrow();
        assertThat(account.lockedUntil()).isAfter(java.time.Instant.now());
        int failures = jdbc.sql("select count(*) from (select subtype, agent_id from audit_event union all"
                        + " select subtype, agent_id from audit_pending) e"
                        + " where subtype = 'sign-in-failed' and agent_id = 'lockout.test'")
                .query(Integer.class)
                .single();
        assertThat(failures).isGreaterThanOrEqualTo(StaffAccounts.MAX_FAILURES + 1);
    }

    @Test
    void anAddressIsThrottledAfterTwentyFailures() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            signIn("nobody-" + i, "wrong-password-here");
        }

        HttpClient browser = TestTokens.newClient();
        HttpResponse<String> throttled =
                TestTokens.signIn(browser, port, "gp.leeds", TestTokens.DEMO_PASSWORD, csrf(browser));

        assertThat(throttled.statusCode()).isEqualTo(429);
    }

    @Test
    void aGoodSignInIsAudited() {
        assertThat(signIn("gp.leeds", TestTokens.DEMO_PASSWORD)).doesNotContain("error");
        int signIns = jdbc.sql("select count(*) from audit_event where subtype = 'sign-in' and agent_id = 'gp.leeds'")
                .query(Integer.class)
                .single();
        assertThat(signIns).isPositive();
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        HttpClient browser = TestTokens.newClient();
        TestTokens.signIn(browser, port, "nurse.leeds", TestTokens.DEMO_PASSWORD, csrf(browser));
        String csrf = csrf(browser);

        HttpResponse<String> out = browser.send(
                HttpRequest.newBuilder(URI.create(TestTokens.base(port) + "/sign-out"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/sign-in?signed-out");
        int signOuts = jdbc.sql(
                        "select count(*) from audit_event where subtype = 'sign-out' and agent_id = 'nurse.leeds'")
                .query(Integer.class)
                .single();
        assertThat(signOuts).isPositive();
    }

    @Test
    void theSignInPageIsAnAccessibleFormWithCsrfAndFrameDenial() {
        HttpResponse<String> page = get(TestTokens.newClient(), "/sign-in");

        assertThat(page.body())
                .contains("<label class=\"nhsuk-label\" for=\"username\">")
                .contains("autocomplete=\"current-password\"");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'");
    }

    /** Signs in and answers where the browser is sent next. */
    private String signIn(String username, String password) {
        HttpClient browser = TestTokens.newClient();
        HttpResponse<String> response = TestTokens.signIn(browser, port, username, password, csrf(browser));
        return response.headers().firstValue("Location").orElse(String.valueOf(response.statusCode()));
    }

    private String csrf(HttpClient browser) {
        Matcher matcher = CSRF.matcher(get(browser, "/sign-in").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(HttpClient browser, String path) {
        try {
            return browser.send(
                    HttpRequest.newBuilder(URI.create(TestTokens.base(port) + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
