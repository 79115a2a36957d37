package org.throughcare.security.web;

import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.account.StaffAccounts;

/**
 * A member of staff signed in to the web UI with a local account acts with every {@code user/}
 * scope: what they may do is then bounded by their role and relationships alone. Their account is
 * read afresh, so a role change or a disabled account takes effect at once.
 */
@Component
class SessionCallers implements Callers.CallerResolver {

    private static final SmartScopes SESSION_SCOPES = SmartScopes.parse("openid fhirUser user/*.cruds");

    private final StaffAccounts accounts;

    SessionCallers(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Caller> resolve(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return Optional.empty();
        }
        return accounts.find(authentication.getName())
                .filter(account -> account.enabled())
                .map(account -> account.asCaller(SESSION_SCOPES));
    }
}
