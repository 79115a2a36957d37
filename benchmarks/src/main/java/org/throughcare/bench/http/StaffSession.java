package org.throughcare.bench.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.bench.Options;

/**
 * A member of staff signed in through Throughcare's own sign-in page, as a browser would: the
 * session serves the web pages (worklists), and the authorization code flow with PKCE, run in that
 * session, gives a bearer token for the FHIR API with the member of staff's own rights. Options:
 * {@code --staff-password} (the demo accounts' password by default), {@code --web-client-id},
 * {@code --web-client-secret} and {@code --redirect-uri} (the demo web client's).
 */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String root;
    private final String username;

    private StaffSession(String root, String username) {
        this.root = root;
        this.username = username;
    }

    /** Signs the user in; {@code fhirBase} is the server's FHIR base URL (its root is the web UI's). */
    public static StaffSession signIn(String fhirBase, String username, Options options) {
        String root = fhirBase.replaceFirst("/fhir/?$", "");
        StaffSession session = new StaffSession(root, username);
        session.postSignIn(options.text("staff-password", "demo-password-2026"));
        return session;
    }

    /** A web page of the signed-in session (path from the root, e.g. {@code /worklists}). */
    public Reply page(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    /** A FHIR client that sends this member of staff's bearer token. */
    public FhirClient fhir(String fhirBase, Options options) {
        String token = bearerToken(options);
        return new FhirClient(fhirBase, TokenSource.fixed(token), options.duration("timeout", Duration.ofMinutes(10)));
    }

    private void postSignIn(String password) {
        Reply form = page("/sign-in");
        Matcher csrf = CSRF.matcher(form.text());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + root + "/sign-in: " + form.summary());
        }
        Reply signedIn = send(HttpRequest.newBuilder(URI.create(root + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&_csrf=" + encode(csrf.group(1)))));
        if (signedIn.header("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in refused for " + username);
        }
    }

    private String bearerToken(Options options) {
        String client = options.text("web-client-id", "throughcare-web");
        String secret = options.text("web-client-secret", "demo-web-secret");
        String redirect = options.text("redirect-uri", "http://127.0.0.1/callback");
        String verifier = randomText();
        Reply authorized =
                send(HttpRequest.newBuilder(URI.create(root + "/oauth2/authorize?response_type=code&client_id="
                                + encode(client) + "&scope=" + encode("openid fhirUser user/*.cruds") + "&redirect_uri="
                                + encode(redirect) + "&state=bench&code_challenge_method=S256&code_challenge="
                                + challenge(verifier)))
                        .GET());
        String callback = authorized.header("Location").orElse("");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
        if (!code.find()) {
            throw new IllegalStateException("No authorization code for " + username + ": " + authorized.summary());
        }
        Reply token = send(HttpRequest.newBuilder(URI.create(root + "/oauth2/token"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((encode(client) + ":" + encode(secret))
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                        + "&redirect_uri=" + encode(redirect) + "&code_verifier=" + verifier)));
        Matcher accessToken = ACCESS_TOKEN.matcher(token.text());
        if (!token.ok() || !accessToken.find()) {
            throw new IllegalStateException("No token for " + username + ": " + token.summary());
        }
        return accessToken.group(1);
    }

    private Reply send(HttpRequest.Builder builder) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = browser.send(
                    builder.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(), response.headers(), response.body(), System.nanoTime() - start, null);
        } catch (IOException e) {
            return Reply.failed(e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.failed("interrupted", System.nanoTime() - start);
        }
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
