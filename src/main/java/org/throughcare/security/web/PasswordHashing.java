package org.throughcare.security.web;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords and client secrets are hashed with Argon2id (memory-hard; Bouncy Castle). Hashes carry
 * an {@code {argon2}} prefix so a later algorithm can be introduced without a flag day.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
