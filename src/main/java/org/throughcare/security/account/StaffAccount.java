package org.throughcare.security.account;

import java.time.Instant;
import java.util.List;
import org.throughcare.security.Caller;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.StaffRole;

/** A local staff account (table staff_account). The hash is Argon2id with its parameters. */
public record StaffAccount(
        String username,
        String displayName,
        StaffRole role,
        List<String> establishments,
        String practitionerId,
        String passwordHash,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The caller this account is, with the given scopes. */
    public Caller.Staff asCaller(SmartScopes scopes) {
        return new Caller.Staff(username, displayName, role, establishments, practitionerId, scopes);
    }
}
