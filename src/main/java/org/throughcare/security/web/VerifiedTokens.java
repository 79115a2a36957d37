package org.throughcare.security.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers tokens already verified (signature, audience, issuer), so a client calling many times
 * with one token pays for the RSA check once; only expiry is checked again. A token's text cannot
 * change, so what was true of its signature stays true.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final Duration SKEW = Duration.ofSeconds(30);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null) {
            jwt = verifier.decode(token);
            verified.put(token, jwt);
        }
        if (jwt.getExpiresAt() == null || jwt.getExpiresAt().plus(SKEW).isBefore(clock.instant())) {
            verified.invalidate(token);
            throw new BadJwtException("The token has expired");
        }
        return jwt;
    }
}
