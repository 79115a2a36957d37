package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestTokens;

/** The FHIR API takes genuine, current tokens for this API with the scope the request needs. */
@IntegrationTest
class BearerTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder ourKeys;

    FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void aMissingTokenIs401WithAnOperationOutcome() {
        FhirResponse response = fhir.anonymous().get("/Patient/x").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.outcome().getIssueFirstRep().getCode().toCode()).isEqualTo("login");
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = mint(ourKeys, claims("throughcare-fhir", Instant.now().minusSeconds(3600)));

        assertThat(fhir.withToken(expired).get("/Patient/x").send().status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("forged").generate();
        JwtEncoder forger = new NimbusJwtEncoder(new ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(otherKey)));

        String forged = mint(forger, claims("throughcare-fhir", Instant.now().plusSeconds(600)));

        assertThat(fhir.withToken(forged).get("/Patient/x").send().status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String elsewhere = mint(ourKeys, claims("some-other-api", Instant.now().plusSeconds(600)));

        assertThat(fhir.withToken(elsewhere).get("/Patient/x").send().status()).isEqualTo(401);
    }

    @Test
    void aGenuineTokenWithTheRightScopeIsAccepted() {
        String genuine = mint(ourKeys, claims("throughcare-fhir", Instant.now().plusSeconds(600)));

        assertThat(fhir.withToken(genuine).get("/Patient/not-there").send().status())
                .isEqualTo(404);
    }

    @Test
    void aTokenWithoutTheInteractionScopeIs403() {
        String patientId = fhir.post("/Patient", aPatient().build()).send().createdId();
        FhirHttp readOnly = fhir.asSystem("system/Patient.rs system/Observation.rs");

        FhirResponse write =
                readOnly.post("/Observation", aHeartRate(patientId, 70)).send();
        FhirResponse otherType = readOnly.get("/Condition/any").send();

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.outcome().getIssueFirstRep().getCode().toCode()).isEqualTo("forbidden");
        assertThat(otherType.status()).isEqualTo(403);
        assertThat(readOnly.get("/Patient/" + patientId).send().status()).isEqualTo(200);
    }

    @Test
    void aClientCannotObtainScopesBeyondItsRegistration() {
        var response = TestTokens.requestClientCredentials(
                port, TestTokens.SYSTEM_CLIENT, TestTokens.SYSTEM_SECRET, "user/*.cruds");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_scope");
    }

    @Test
    void aWrongClientSecretGetsNoToken() {
        var response = TestTokens.requestClientCredentials(port, TestTokens.SYSTEM_CLIENT, "wrong", "system/*.rs");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void metadataIsPublicAndAdvertisesSmartSecurity() {
        CapabilityStatement statement = fhir.anonymous().get("/metadata").send().resource(CapabilityStatement.class);

        var security = statement.getRestFirstRep().getSecurity();
        assertThat(security.getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("SMART-on-FHIR");
        assertThat(security.getExtensionByUrl("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris")
                        .getExtensionByUrl("token")
                        .getValue()
                        .primitiveValue())
                .endsWith("/oauth2/token");
    }

    @Test
    void smartConfigurationIsPublic() {
        FhirResponse response =
                fhir.anonymous().get("/.well-known/smart-configuration").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"token_endpoint\"").contains("private_key_jwt");
    }

    private static JwtClaimsSet claims(String audience, Instant expires) {
        return JwtClaimsSet.builder()
                .subject("demo-system")
                .audience(List.of(audience))
                .issuedAt(expires.minusSeconds(900))
                .expiresAt(expires)
                .claim("scope", List.of("system/*.cruds"))
                .build();
    }

    private static String mint(JwtEncoder encoder, JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
