package org.throughcare.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The same header checks Spring Security makes, without regular expressions: with an 800-character
 * bearer token in every request, the firewall's and the token resolver's patterns cost about a
 * seventh of the CPU of a read (measured, docs/security.md section 12).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FastHeaderChecks {

    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        Predicate<String> printable = FastHeaderChecks::printable;
        firewall.setAllowedHeaderNames(printable);
        firewall.setAllowedHeaderValues(printable);
        return firewall;
    }

    /** Only the Authorization header, {@code Bearer} then a base64url token (RFC 6750 b64token). */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return FastHeaderChecks::bearerToken;
    }

    static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        if (token.isEmpty() || !allTokenCharacters(token)) {
            BearerTokenError error = BearerTokenErrors.invalidToken("Bearer token is malformed");
            throw new OAuth2AuthenticationException(error);
        }
        return token;
    }

    private static boolean allTokenCharacters(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!tokenCharacter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/'
                || c == '=';
    }

    /** No control characters and no unassigned code points, as the firewall's default pattern says. */
    static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean printableAscii = c >= 0x20 && c < 0x7f;
            if (!printableAscii && (Character.isISOControl(c) || !Character.isDefined(c))) {
                return false;
            }
        }
        return true;
    }
}
