package org.throughcare.security.account;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.AuditRecord;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.policy.AccessAudit;

/**
 * Sign-in with a local account: every success, failure and sign-out is audited; failures count towards the
 * account's lockout and the address's rate limit; a success resets the account's count.
 */
@Component
class SignInEvents {

    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    SignInEvents(StaffAccounts accounts, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication)) {
            return;
        }
        accounts.succeeded(authentication.getName());
        accounts.find(authentication.getName())
                .ifPresent(account -> record(
                        AuditKind.SIGN_IN,
                        AuditRecord.Outcome.SUCCESS,
                        AccessAudit.agent(account.asCaller(SmartScopes.parse(""))),
                        address(authentication)));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        accounts.find(event.getAuthentication().getName())
                .ifPresent(account -> record(
                        AuditKind.SIGN_OUT,
                        AuditRecord.Outcome.SUCCESS,
                        AccessAudit.agent(account.asCaller(SmartScopes.parse(""))),
                        address(event.getAuthentication())));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication)) {
            return;
        }
        String attempted = authentication.getName() == null ? "" : authentication.getName();
        String username = attempted.length() > 64 ? attempted.substring(0, 64) : attempted;
        accounts.failed(username);
        String address = address(authentication);
        if (address != null) {
            throttle.failed(address);
        }
        record(
                AuditKind.SIGN_IN_FAILED,
                AuditRecord.Outcome.REFUSED,
                new AuditRecord.Agent(username, username, "unknown", null, true),
                address);
    }

    private void record(AuditKind kind, AuditRecord.Outcome outcome, AuditRecord.Agent agent, String address) {
        audit.recordIndependently(List.of(
                new AuditRecord(clock.instant(), kind, outcome, agent, address, null, null, List.of(), null, null)));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
