package org.throughcare.security.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.throughcare.security.StaffRole;

/**
 * Local staff accounts. Five failed sign-ins in a row lock an account for 15 minutes (the counter
 * resets on success), so a password cannot be guessed online; a new password must pass {@link
 * PasswordPolicy}.
 */
@Repository
public class StaffAccounts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("select username, display_name, role, establishments, practitioner_id, password_hash, enabled,"
                        + " failed_attempts, locked_until from staff_account where username = ?")
                .param(username)
                .query((rs, n) -> new StaffAccount(
                        rs.getString(1),
                        rs.getString(2),
                        StaffRole.valueOf(rs.getString(3)),
                        Arrays.asList((String[]) rs.getArray(4).getArray()),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getInt(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .optional();
    }

    /** Creates an account unless one with the name exists; refuses a password the policy rejects. */
    public void createIfMissing(
            String username,
            String displayName,
            StaffRole role,
            List<String> establishments,
            String practitionerId,
            String password) {
        List<String> problems = PasswordPolicy.problems(username, password);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The password " + String.join(", ", problems));
        }
        // Hashing is deliberately slow (Argon2): an account that exists is not hashed for again.
        if (jdbc.sql("select exists(select 1 from staff_account where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single()) {
            return;
        }
        jdbc.sql("insert into staff_account (username, display_name, role, establishments, practitioner_id,"
                        + " password_hash, password_changed) values (?, ?, ?, ?::text[], ?, ?, ?)"
                        + " on conflict (username) do nothing")
                .params(
                        username,
                        displayName,
                        role.name(),
                        establishments.toArray(String[]::new),
                        practitionerId,
                        encoder.encode(password),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Counts a failed sign-in, locking the account at the limit. */
    public void failed(String username) {
        Instant now = clock.instant();
        jdbc.sql("update staff_account set failed_attempts = case when failed_attempts + 1 >= ? then 0"
                        + " else failed_attempts + 1 end, locked_until = case when failed_attempts + 1 >= ? then ?"
                        + " else locked_until end where username = ?")
                .params(MAX_FAILURES, MAX_FAILURES, Timestamp.from(now.plus(LOCKOUT)), username)
                .update();
    }

    public void succeeded(String username) {
        jdbc.sql("update staff_account set failed_attempts = 0 where username = ? and failed_attempts > 0")
                .param(username)
                .update();
    }
}
