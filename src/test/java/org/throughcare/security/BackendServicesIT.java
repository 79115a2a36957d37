package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.security.server.ClientRegistrations;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestTokens;

/**
 * SMART Backend Services: a system client proves who it is with a JWT signed by its own private
 * key (private_key_jwt, RS384), its public keys published at its JWKS URL (served here by a
 * throw-away HTTP server on the loopback interface).
 */
@IntegrationTest
class BackendServicesIT {

    @LocalServerPort
    int port;

    @Autowired
    ClientRegistrations clients;

    HttpServer jwksServer;
    RSAKey clientKey;
    String clientId;

    @BeforeEach
    void aBackendClientWithItsOwnKeys() throws Exception {
        clientKey =
                new RSAKeyGenerator(2048).keyID("backend-" + UUID.randomUUID()).generate();
        String jwks = new JWKSet(clientKey.toPublicJWK()).toString();
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/jwks.json", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwksServer.start();
        clientId = "backend-" + UUID.randomUUID();
        clients.keyClient(
                clientId,
                "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json",
                List.of("system/*.rs"));
    }

    @AfterEach
    void stop() {
        jwksServer.stop(0);
    }

    @Test
    void aClientSigningWithItsKeyGetsAScopedToken() throws Exception {
        HttpResponse<String> response = requestToken(assertion(clientKey), "system/Patient.rs");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = response.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        FhirHttp backend = new FhirHttp(port).withToken(token);
        String patientId =
                new FhirHttp(port).post("/Patient", aPatient().build()).send().createdId();
        assertThat(backend.get("/Patient/" + patientId).send().status()).isEqualTo(200);
        assertThat(backend.post("/Patient", aPatient().build()).send().status()).isEqualTo(403);
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefused() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(clientKey.getKeyID()).generate();

        assertThat(requestToken(assertion(impostor), "system/Patient.rs").statusCode())
                .isEqualTo(401);
    }

    private String assertion(RSAKey key) throws Exception {
        Date now = new Date();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(TestTokens.base(port) + "/oauth2/token")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(now)
                .expirationTime(new Date(now.getTime() + 240_000))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS384)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> requestToken(String assertion, String scope) throws Exception {
        String form = "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
                + "&client_id=" + clientId
                + "&client_assertion_type="
                + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + assertion;
        return TestTokens.newClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestTokens.base(port) + "/oauth2/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
