package org.throughcare.testing;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Plain HTTP against the running application: every header and byte as a real client sends it. By
 * default each call carries a bearer token of the demo system client with every {@code system/}
 * scope, obtained from the embedded authorization server; {@link #as}, {@link #asSystem}, {@link
 * #withToken} and {@link #anonymous} change who is calling.
 */
public final class FhirHttp {

    public static final String FHIR_JSON = "application/fhir+json";
    public static final String FHIR_XML = "application/fhir+xml";
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final int port;
    private final java.util.function.Supplier<String> token;

    public FhirHttp(int port) {
        this(port, () -> TestTokens.system(port, "system/*.cruds"));
    }

    private FhirHttp(int port, java.util.function.Supplier<String> token) {
        this.base = "http://127.0.0.1:" + port + "/fhir";
        this.port = port;
        this.token = token;
    }

    /** Calls as a demo member of staff (README), signed in for real. */
    public FhirHttp as(String username) {
        return new FhirHttp(port, () -> TestTokens.staff(port, username));
    }

    /** Calls as the demo system client holding just these scopes. */
    public FhirHttp asSystem(String scopes) {
        return new FhirHttp(port, () -> TestTokens.system(port, scopes));
    }

    /** Calls with exactly this bearer token. */
    public FhirHttp withToken(String bearer) {
        return new FhirHttp(port, () -> bearer);
    }

    /** Calls with no Authorization header at all. */
    public FhirHttp anonymous() {
        return new FhirHttp(port, () -> null);
    }

    public int port() {
        return port;
    }

    public String base() {
        return base;
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A body of exactly these bytes (which need not be UTF-8). */
    public Call post(String path, byte[] body) {
        return new Call("POST", path, body).header("Content-Type", FHIR_JSON);
    }

    public Call post(String path, IBaseResource resource) {
        return post(path, json(resource));
    }

    public Call put(String path, String body) {
        return new Call("PUT", path, body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", FHIR_JSON);
    }

    public Call put(String path, IBaseResource resource) {
        return put(path, json(resource));
    }

    public Call patch(String path, String body, String contentType) {
        return new Call("PATCH", path, body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType);
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    /** Percent-encodes the characters FHIR queries use that java.net.URI refuses. */
    static String encodeQuery(String path) {
        return path.replace("\\", "%5C")
                .replace("|", "%7C")
                .replace(" ", "%20")
                .replace("\"", "%22")
                .replace("^", "%5E");
    }

    public static String json(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    /** A request being put together; {@link #send()} sends it. */
    public final class Call {

        private final String method;
        private final String path;
        private final byte[] body;
        private final List<String[]> headers = new ArrayList<>();

        private Call(String method, String path, byte[] body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Call header(String name, String value) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
            headers.add(new String[] {name, value});
            return this;
        }

        public FhirResponse send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + encodeQuery(path)))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            String bearer = token.get();
            if (bearer != null && headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Authorization"))) {
                request.header("Authorization", "Bearer " + bearer);
            }
            headers.forEach(h -> request.header(h[0], h[1]));
            try {
                return new FhirResponse(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
