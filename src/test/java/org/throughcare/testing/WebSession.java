package org.throughcare.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the web UI over plain HTTP (cookies kept, redirects not followed), for
 * page tests: signs in through the sign-in page and posts forms with their CSRF token as a browser
 * would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = TestTokens.newClient();
    private final int port;
    private String csrf;

    private WebSession(int port) {
        this.port = port;
    }

    /** Nobody signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** A demo member of staff (README), signed in with the demo password. */
    public static WebSession signedIn(int port, String username) {
        WebSession session = new WebSession(port);
        session.get("/sign-in");
        HttpResponse<String> signedIn =
                session.post("/sign-in", Map.of("username", username, "password", TestTokens.DEMO_PASSWORD));
        if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        session.get("/accessibility");
        return session;
    }

    public HttpResponse<String> get(String path) {
        return remember(send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET()));
    }

    /** Posts a form with this session's CSRF token, as the page's form would. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postRaw(path, fields, Map.of());
    }

    /** Posts exactly these fields and headers (no token added unless given). */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return remember(send(request));
    }

    public String csrf() {
        return csrf;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return TestTokens.send(browser, request.build());
    }

    private URI uri(String path) {
        return URI.create(TestTokens.base(port) + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
