package org.throughcare.security.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RSA keys that sign tokens, kept in PostgreSQL so every node signs and verifies alike and
 * tokens survive a restart. The first node to start makes one. (Production may rotate keys by
 * inserting a newer one: the newest signs, all verify.)
 */
@Component
class SigningKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    JWKSet load() {
        if (keys().isEmpty()) {
            RSAKey key = generate();
            jdbc.sql("insert into signing_key (kid, created_at, jwk) values (?, ?, ?) on conflict do nothing")
                    .params(key.getKeyID(), Timestamp.from(clock.instant()), key.toJSONString())
                    .update();
        }
        return new JWKSet(keys());
    }

    private List<JWK> keys() {
        return jdbc.sql("select jwk from signing_key order by created_at desc").query(String.class).list().stream()
                .map(SigningKeys::parse)
                .toList();
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }
}
