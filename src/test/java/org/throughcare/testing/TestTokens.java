package org.throughcare.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real tokens from the embedded authorization server, as real clients get them: client credentials
 * for system clients, and for staff the authorization code flow through the sign-in page. Tokens
 * are cached until shortly before they expire, so a user signs in once per test run.
 */
public final class TestTokens {

    /** The demo system client (README). */
    public static final String SYSTEM_CLIENT = "demo-system";

    public static final String SYSTEM_SECRET = "demo-system-secret";
    public static final String WEB_CLIENT = "throughcare-web";
    public static final String WEB_SECRET = "demo-web-secret";
    public static final String REDIRECT = "http://127.0.0.1/callback";
    public static final String DEMO_PASSWORD = "demo-password-2026";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private TestTokens() {}

    /** A token for the demo system client with these scopes (client_secret_basic). */
    public static String system(int port, String scopes) {
        return cached(port + "|client|" + scopes, () -> clientCredentials(port, SYSTEM_CLIENT, SYSTEM_SECRET, scopes));
    }

    /** A token for a demo member of staff, signed in through the sign-in page. */
    public static String staff(int port, String username) {
        return cached(port + "|staff|" + username, () -> authorizationCode(port, username, DEMO_PASSWORD));
    }

    /** The token endpoint's raw answer to client credentials (for tests of refusals). */
    public static HttpResponse<String> requestClientCredentials(int port, String client, String secret, String scopes) {
        String form = "grant_type=client_credentials&scope=" + encode(scopes);
        return send(
                newClient(),
                HttpRequest.newBuilder(URI.create(base(port) + "/oauth2/token"))
                        .header("Authorization", basic(client, secret))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    private static Cached clientCredentials(int port, String client, String secret, String scopes) {
        return token(requestClientCredentials(port, client, secret, scopes));
    }

    /** Signs in through the page and exchanges the code, exactly as a browser and a web client would. */
    public static Cached authorizationCode(int port, String username, String password) {
        HttpClient browser = newClient();
        String verifier = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        String authorize = base(port) + "/oauth2/authorize?response_type=code&client_id=" + WEB_CLIENT
                + "&scope=" + encode("openid fhirUser user/*.cruds") + "&redirect_uri=" + encode(REDIRECT)
                + "&state=test&code_challenge_method=S256&code_challenge=" + challenge(verifier);
        String signInPage = send(browser, get(location(send(browser, get(authorize)), port)))
                .body();
        Matcher csrf = CSRF.matcher(signInPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        HttpResponse<String> signedIn = signIn(browser, port, username, password, csrf.group(1));
        String callback = location(send(browser, get(location(signedIn, port))), port);
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + encode(REDIRECT)
                + "&code_verifier=" + verifier;
        return token(send(
                browser,
                HttpRequest.newBuilder(URI.create(base(port) + "/oauth2/token"))
                        .header("Authorization", basic(WEB_CLIENT, WEB_SECRET))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build()));
    }

    /** Posts the sign-in form; the answer is a redirect (to the saved request, or back with ?error). */
    public static HttpResponse<String> signIn(
            HttpClient browser, int port, String username, String password, String csrf) {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return send(
                browser,
                HttpRequest.newBuilder(URI.create(base(port) + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String location(HttpResponse<String> response, int port) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Expected a redirect, got " + response.statusCode()));
        return location.startsWith("/") ? base(port) + location : location;
    }

    private static Cached token(HttpResponse<String> response) {
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        Matcher expires = EXPIRES_IN.matcher(response.body());
        long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
        return new Cached(token.group(1), Instant.now().plusSeconds(seconds));
    }

    private static String cached(String key, java.util.function.Supplier<Cached> fetch) {
        Cached cached = CACHE.get(key);
        if (cached == null || cached.expires().isBefore(Instant.now().plusSeconds(60))) {
            cached = fetch.get();
            CACHE.put(key, cached);
        }
        return cached.token();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PKCE (RFC 7636) S256: the authorization server requires it of every client. */
    static String challenge(String verifier) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String secret) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((encode(user) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A token and when it expires. */
    public record Cached(String token, Instant expires) {}
}
