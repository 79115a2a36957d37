package org.throughcare.security.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits sign-in by client address: after 20 failures in 15 minutes from one address every
 * sign-in attempt from it is answered 429 until the window passes. Counted in PostgreSQL, so the
 * limit holds across every node. (Account lockout separately stops guessing one account's password
 * from many addresses.)
 */
@Component
public class SignInThrottle extends OncePerRequestFilter {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final String SIGN_IN = "/sign-in";

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SIGN_IN.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttled(request.getRemoteAddr())) {
            // The error page says what happened and when to try again (web/shell/ErrorPages).
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean throttled(String address) {
        return jdbc.sql("select failures from sign_in_throttle where address = ? and window_start > ?")
                        .params(address, Timestamp.from(clock.instant().minus(WINDOW)))
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                >= MAX_FAILURES;
    }

    /** Counts a failure from the address, starting a new window when the old one has passed. */
    public void failed(String address) {
        Instant now = clock.instant();
        jdbc.sql(
                        "insert into sign_in_throttle (address, window_start, failures) values (?, ?, 1)"
                                + " on conflict (address) do update set failures = case when sign_in_throttle.window_start > ?"
                                + " then sign_in_throttle.failures + 1 else 1 end, window_start = case when"
                                + " sign_in_throttle.window_start > ? then sign_in_throttle.window_start else excluded.window_start end")
                .params(
                        address,
                        Timestamp.from(now),
                        Timestamp.from(now.minus(WINDOW)),
                        Timestamp.from(now.minus(WINDOW)))
                .update();
    }
}
