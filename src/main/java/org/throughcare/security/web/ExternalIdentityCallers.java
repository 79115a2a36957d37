package org.throughcare.security.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.SecurityProperties;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.StaffRole;

/**
 * A member of staff signed in through an external OpenID Connect provider (NHS CIS2, Keycloak,
 * Entra ID). Their role and establishments come from the ID token's role entries, mapped by
 * configuration (docs/security.md, "CIS2"): each entry carries a national RBAC job role code, such
 * as {@code S8000:G8000:R8000} whose last part is the role, and the ODS code of its organisation.
 * The first entry whose job role is mapped decides the role; every entry with that role adds its
 * organisation. Someone whose roles map to nothing is not a caller at all.
 */
@Component
class ExternalIdentityCallers implements Callers.CallerResolver {

    private static final SmartScopes SESSION_SCOPES = SmartScopes.parse("openid fhirUser user/*.cruds");

    private final SecurityProperties.External mapping;

    ExternalIdentityCallers(SecurityProperties properties) {
        this.mapping = properties.external();
    }

    @Override
    public Optional<Caller> resolve(Authentication authentication) {
        return authentication.getPrincipal() instanceof OidcUser user ? staff(user.getClaims()) : Optional.empty();
    }

    Optional<Caller> staff(Map<String, Object> claims) {
        StaffRole role = null;
        List<String> establishments = new ArrayList<>();
        for (Map<?, ?> entry : entries(claims.get(mapping.rolesClaim()))) {
            StaffRole mapped = mapping.roles().get(jobRole(entry.get(mapping.roleCodeField())));
            if (mapped != null && (role == null || role == mapped)) {
                role = mapped;
                Object organisation = entry.get(mapping.organisationField());
                if (organisation != null) {
                    establishments.add(organisation.toString());
                }
            }
        }
        if (role == null) {
            return Optional.empty();
        }
        String subject = String.valueOf(claims.get("sub"));
        Object name = claims.getOrDefault("name", subject);
        return Optional.of(new Caller.Staff(subject, name.toString(), role, establishments, null, SESSION_SCOPES));
    }

    private static String jobRole(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString();
        return text.substring(text.lastIndexOf(':') + 1);
    }

    private static List<Map<?, ?>> entries(Object claim) {
        if (!(claim instanceof Collection<?> collection)) {
            return List.of();
        }
        return collection.stream()
                .filter(Map.class::isInstance)
                .<Map<?, ?>>map(Map.class::cast)
                .toList();
    }
}
