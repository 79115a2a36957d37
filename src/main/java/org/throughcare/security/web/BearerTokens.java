package org.throughcare.security.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.throughcare.security.Caller;
import org.throughcare.security.CallerAuthentication;
import org.throughcare.security.SecurityProperties;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.StaffRole;

/**
 * Bearer tokens of the FHIR API: JWTs signed by our own authorization server's keys, unexpired,
 * for our audience (and from our issuer, when one is configured), turned into a {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class BearerTokens {

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, SecurityProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        List<org.springframework.security.oauth2.core.OAuth2TokenValidator<Jwt>> validators =
                new java.util.ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(java.time.Duration.ofSeconds(30));
        timestamps.setClock(clock);
        validators.add(timestamps);
        validators.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "The token is not for this API", null)));
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            validators.add(new JwtIssuerValidator(properties.issuer()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return new VerifiedTokens(decoder, clock);
    }

    /**
     * A token with a staff role claim is a member of staff; any other is a system client. Callers
     * are remembered per token, as a token's claims cannot change.
     */
    static Converter<Jwt, CallerAuthentication> callers() {
        Cache<String, Caller> known = Caffeine.newBuilder()
                .maximumSize(20_000)
                .expireAfterWrite(java.time.Duration.ofMinutes(10))
                .build();
        return jwt -> new CallerAuthentication(known.get(jwt.getTokenValue(), token -> caller(jwt)), jwt);
    }

    static Caller caller(Jwt jwt) {
        Object scope = jwt.getClaim("scope");
        SmartScopes scopes = scope instanceof Collection<?> list
                ? SmartScopes.of(list.stream().map(String::valueOf).toList())
                : SmartScopes.parse(scope == null ? "" : scope.toString());
        String role = jwt.getClaimAsString("throughcare_role");
        if (role == null) {
            return new Caller.SystemClient(jwt.getSubject(), scopes);
        }
        List<String> establishments = jwt.getClaimAsStringList("throughcare_establishments");
        String fhirUser = jwt.getClaimAsString("fhirUser");
        return new Caller.Staff(
                jwt.getSubject(),
                jwt.getClaimAsString("name"),
                StaffRole.valueOf(role),
                establishments == null ? List.of() : establishments,
                fhirUser != null && fhirUser.startsWith("Practitioner/")
                        ? fhirUser.substring("Practitioner/".length())
                        : null,
                scopes);
    }
}
