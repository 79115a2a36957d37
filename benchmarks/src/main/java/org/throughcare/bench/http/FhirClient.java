package org.throughcare.bench.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.throughcare.bench.Options;

/**
 * A thin FHIR HTTP client over the JDK's HttpClient: JSON in and out, the bearer token added to
 * every request, transport failures turned into a {@link Reply} with status 0 instead of an
 * exception so a load run counts them rather than stopping.
 */
public final class FhirClient {

    public static final String FHIR_JSON = "application/fhir+json";

    private final HttpClient http;
    private final String base;
    private final TokenSource tokens;
    private final Duration timeout;

    public FhirClient(String baseUrl, TokenSource tokens, Duration timeout) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public static FhirClient from(Options options) {
        return new FhirClient(
                options.text("base-url", "http://127.0.0.1:8080/fhir"),
                TokenSource.from(options),
                options.duration("timeout", Duration.ofMinutes(10)));
    }

    public String base() {
        return base;
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Reply post(String path, byte[] body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    /** Builds a request for a path under the base URL, or for an absolute URL. */
    public HttpRequest.Builder request(String path, String... headers) {
        URI uri = URI.create(path.startsWith("http") ? path : base + "/" + path);
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", FHIR_JSON);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /**
     * Downloads a file as a stream, counting its bytes and non-empty lines without keeping it:
     * the answer's body holds nothing, {@code units} the lines.
     */
    public Download download(String url, String... headers) {
        HttpRequest.Builder builder = request(url, headers).GET();
        tokens.authorization().ifPresent(value -> builder.setHeader("Authorization", value));
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return Download.count(response.statusCode(), in, start);
            }
        } catch (IOException e) {
            return new Download(0, 0, 0, System.nanoTime() - start, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Download(0, 0, 0, System.nanoTime() - start, "interrupted");
        }
    }

    public Reply send(HttpRequest.Builder builder) {
        tokens.authorization().ifPresent(value -> builder.setHeader("Authorization", value));
        HttpRequest request = builder.build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(), response.headers(), response.body(), System.nanoTime() - start, null);
        } catch (IOException e) {
            return Reply.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.failed("interrupted", System.nanoTime() - start);
        }
    }
}
