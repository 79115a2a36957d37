package org.throughcare.security.server;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import org.throughcare.security.SecurityProperties;
import org.throughcare.security.account.StaffAccount;
import org.throughcare.security.account.StaffAccounts;

/**
 * What our tokens say. Every access token names the FHIR API as its audience (a token minted for
 * another resource is refused). Tokens issued to a member of staff carry their role, establishments
 * and Practitioner (SMART {@code fhirUser}), read from their account at the moment of issue.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLE = "throughcare_role";
    static final String ESTABLISHMENTS = "throughcare_establishments";

    private final SecurityProperties properties;
    private final StaffAccounts accounts;

    TokenClaims(SecurityProperties properties, StaffAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (accessToken) {
            context.getClaims().audience(List.of(properties.audience()));
        }
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if ((accessToken || idToken) && forStaff(context)) {
            Authentication user = context.getPrincipal();
            accounts.find(user.getName()).ifPresent(account -> addStaffClaims(context, account));
        }
    }

    private static boolean forStaff(JwtEncodingContext context) {
        AuthorizationGrantType grant = context.getAuthorizationGrantType();
        return AuthorizationGrantType.AUTHORIZATION_CODE.equals(grant)
                || AuthorizationGrantType.REFRESH_TOKEN.equals(grant);
    }

    private static void addStaffClaims(JwtEncodingContext context, StaffAccount account) {
        context.getClaims().claim(ROLE, account.role().name());
        context.getClaims().claim(ESTABLISHMENTS, account.establishments());
        context.getClaims().claim("name", account.displayName());
        if (account.practitionerId() != null) {
            context.getClaims().claim("fhirUser", "Practitioner/" + account.practitionerId());
        }
    }
}
