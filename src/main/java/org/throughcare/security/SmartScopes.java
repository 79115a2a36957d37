package org.throughcare.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scopes of a token: the SMART resource scopes and the others (openid, fhirUser, ...). */
public record SmartScopes(List<SmartScope> resourceScopes, Set<String> otherScopes) {

    public SmartScopes {
        resourceScopes = List.copyOf(resourceScopes);
        otherScopes = Set.copyOf(otherScopes);
    }

    /** Parses a space-separated scope string; malformed resource scopes grant nothing. */
    public static SmartScopes parse(String scopes) {
        return of(scopes == null ? List.of() : Arrays.asList(scopes.trim().split("\\s+")));
    }

    public static SmartScopes of(java.util.Collection<String> scopes) {
        List<SmartScope> resource = new java.util.ArrayList<>();
        Set<String> other = new LinkedHashSet<>();
        for (String scope : scopes) {
            if (scope.isBlank()) {
                continue;
            }
            SmartScope.parse(scope).ifPresentOrElse(resource::add, () -> {
                if (!scope.contains("/") || scope.startsWith("launch")) {
                    other.add(scope);
                }
            });
        }
        return new SmartScopes(resource, other);
    }

    /** True when some scope grants the permission on the type in the context. */
    public boolean grants(String context, String type, char permission) {
        return resourceScopes.stream().anyMatch(scope -> scope.grants(context, type, permission));
    }

    /** True when some scope in the context grants the permission on any type at all. */
    public boolean grantsAny(String context, char permission) {
        return resourceScopes.stream()
                .anyMatch(scope -> !scope.constrained()
                        && scope.context().equals(context)
                        && scope.permissions().indexOf(permission) >= 0);
    }

    /** True when every scope requested is covered by one of these (the client's registered scopes). */
    public boolean covers(String requested) {
        SmartScope wanted = SmartScope.parse(requested).orElse(null);
        if (wanted == null) {
            return otherScopes.contains(requested);
        }
        return resourceScopes.stream().anyMatch(scope -> scope.covers(wanted));
    }
}
