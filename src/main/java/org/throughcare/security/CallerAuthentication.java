package org.throughcare.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated {@link Caller}: what a verified bearer token, a signed-in session or an
 * internal job becomes, so every decision reads one shape.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final transient Caller caller;
    private final transient Object credentials;

    public CallerAuthentication(Caller caller, Object credentials) {
        super(List.of(new SimpleGrantedAuthority(authority(caller))));
        this.caller = caller;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    private static String authority(Caller caller) {
        return switch (caller) {
            case Caller.Staff staff -> "ROLE_" + staff.role().name();
            case Caller.SystemClient ignored -> "ROLE_SYSTEM";
        };
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public Object getPrincipal() {
        return caller.id();
    }

    @Override
    public String getName() {
        return caller.id();
    }
}
