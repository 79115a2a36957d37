package org.throughcare.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of the current request or job. Requests get theirs from a verified token or session;
 * internal jobs (read-model updates, scheduled work) must say who they are with {@link #asSystem}.
 */
@Component
public class Callers {

    private final List<CallerResolver> resolvers;

    Callers(List<CallerResolver> resolvers) {
        this.resolvers = resolvers;
    }

    /** The current caller, or empty when nobody is authenticated. */
    public Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof CallerAuthentication known) {
            return Optional.of(known.caller());
        }
        return resolvers.stream()
                .map(resolver -> resolver.resolve(authentication))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Runs work as an internal system caller with every {@code system/} scope: for the
     * application's own jobs, never on behalf of a user. Audited under {@code job}.
     */
    public <T> T asSystem(String job, Supplier<T> work) {
        return runAs(new Caller.SystemClient("throughcare:" + job, SmartScopes.parse("system/*.cruds")), work);
    }

    /**
     * Runs work as the current member of staff working at only one of their establishments (the
     * one chosen for the session): the record's guard then narrows every search to that
     * establishment's patients, current and recently left. It only ever narrows.
     *
     * @throws IllegalStateException when the caller is not staff working at that establishment
     */
    public <T> T narrowedTo(String establishment, Supplier<T> work) {
        Caller.Staff staff = current()
                .filter(Caller.Staff.class::isInstance)
                .map(Caller.Staff.class::cast)
                .filter(s -> s.establishments().contains(establishment))
                .orElseThrow(() -> new IllegalStateException("not staff at " + establishment));
        Caller.Staff narrowed = new Caller.Staff(
                staff.username(),
                staff.name(),
                staff.role(),
                List.of(establishment),
                staff.practitionerId(),
                staff.scopes());
        return runAs(narrowed, work);
    }

    /** Runs work as this caller, then puts back whoever was calling before. */
    private static <T> T runAs(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller, null));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Turns an authentication made elsewhere (a signed-in session) into a caller. */
    public interface CallerResolver {
        Optional<Caller> resolve(Authentication authentication);
    }
}
