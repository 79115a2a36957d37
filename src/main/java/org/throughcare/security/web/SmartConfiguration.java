package org.throughcare.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.throughcare.security.SecurityProperties;

/**
 * SMART App Launch discovery ({@code /.well-known/smart-configuration}, also under the FHIR base as
 * SMART clients look for it): where to get tokens, how clients authenticate, which scopes exist.
 */
@RestController
@ConditionalOnWebApplication
class SmartConfiguration {

    private final SecurityProperties properties;

    SmartConfiguration(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping(
            value = {"/.well-known/smart-configuration", "/fhir/.well-known/smart-configuration"},
            produces = "application/json")
    Map<String, Object> configuration(HttpServletRequest request) {
        String issuer = properties.issuer() == null || properties.issuer().isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).toUriString()
                : properties.issuer();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("jwks_uri", issuer + "/oauth2/jwks");
        configuration.put("authorization_endpoint", issuer + "/oauth2/authorize");
        configuration.put("token_endpoint", issuer + "/oauth2/token");
        configuration.put("introspection_endpoint", issuer + "/oauth2/introspect");
        configuration.put("revocation_endpoint", issuer + "/oauth2/revoke");
        configuration.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "private_key_jwt"));
        configuration.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "RS256"));
        configuration.put(
                "grant_types_supported", List.of("authorization_code", "client_credentials", "refresh_token"));
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        configuration.put(
                "scopes_supported",
                List.of(
                        "openid",
                        "profile",
                        "fhirUser",
                        "offline_access",
                        "user/*.cruds",
                        "user/*.rs",
                        "system/*.cruds",
                        "system/*.rs"));
        configuration.put(
                "capabilities",
                List.of(
                        "launch-standalone",
                        "client-public",
                        "client-confidential-symmetric",
                        "client-confidential-asymmetric",
                        "sso-openid-connect",
                        "permission-v1",
                        "permission-v2",
                        "permission-user"));
        return configuration;
    }
}
