package org.throughcare.security.server;

import java.util.function.Consumer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.stereotype.Component;
import org.throughcare.security.SmartScopes;

/**
 * A backend client may ask for any SMART scope its registered scopes cover: a client registered
 * with {@code system/*.rs} may ask for just {@code system/Patient.rs} (least privilege), which an
 * exact-match check would refuse. Scopes with query constraints are refused as not supported.
 */
@Component
class SmartScopeValidator implements Consumer<OAuth2ClientCredentialsAuthenticationContext> {

    @Override
    public void accept(OAuth2ClientCredentialsAuthenticationContext context) {
        SmartScopes registered = SmartScopes.of(context.getRegisteredClient().getScopes());
        OAuth2ClientCredentialsAuthenticationToken request = context.getAuthentication();
        for (String requested : request.getScopes()) {
            if (!registered.covers(requested)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_SCOPE,
                        "The scope " + requested + " is not allowed for this client",
                        null));
            }
        }
    }
}
