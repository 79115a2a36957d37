package org.throughcare.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * OAuth2 client-credentials grant with {@code client_secret_basic}. The token is kept and renewed
 * a minute before it expires, so load threads never wait for the token endpoint mid-run.
 */
final class ClientCredentials implements TokenSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI tokenUrl;
    private final String basic;
    private final String scope;
    private String token;
    private Instant renewAt = Instant.MIN;

    ClientCredentials(String tokenUrl, String clientId, String clientSecret, String scope) {
        this.tokenUrl = URI.create(tokenUrl);
        this.basic = Base64.getEncoder()
                .encodeToString((encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        this.scope = scope;
    }

    @Override
    public synchronized Optional<String> authorization() {
        if (Instant.now().isAfter(renewAt)) {
            fetch();
        }
        return Optional.of("Bearer " + token);
    }

    private void fetch() {
        String form = "grant_type=client_credentials" + (scope.isBlank() ? "" : "&scope=" + encode(scope));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            token = body.path("access_token").asText();
            long lifetime = body.path("expires_in").asLong(300);
            renewAt = Instant.now().plusSeconds(Math.max(10, lifetime - 60));
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach the token endpoint " + tokenUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
