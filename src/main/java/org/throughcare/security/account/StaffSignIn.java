package org.throughcare.security.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local accounts as Spring Security sees them at sign-in: a locked account cannot sign in. */
@Component
class StaffSignIn implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffSignIn(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account =
                accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .roles(account.role().name())
                .build();
    }
}
