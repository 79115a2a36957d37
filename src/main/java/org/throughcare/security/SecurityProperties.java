package org.throughcare.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code throughcare.security.*}).
 *
 * @param issuer the public URL of the embedded authorization server; empty derives it from each
 *     request, which suits development only
 * @param audience the audience every FHIR API token must carry
 * @param accessTokenLifetime how long an access token lasts
 * @param breakGlassDuration how long a break-glass grant lasts
 * @param webRedirectUris where the first-party web client may be sent after sign-in
 * @param external claim mapping for an external OpenID Connect provider (NHS CIS2, Keycloak, Entra ID)
 */
@ConfigurationProperties("throughcare.security")
public record SecurityProperties(
        String issuer,
        String audience,
        Duration accessTokenLifetime,
        Duration breakGlassDuration,
        List<String> webRedirectUris,
        External external) {

    public SecurityProperties {
        audience = audience == null || audience.isBlank() ? "throughcare-fhir" : audience;
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(15) : accessTokenLifetime;
        breakGlassDuration = breakGlassDuration == null ? Duration.ofHours(4) : breakGlassDuration;
        webRedirectUris = webRedirectUris == null ? List.of() : List.copyOf(webRedirectUris);
        external = external == null ? new External(null, null, null, Map.of()) : external;
    }

    /**
     * How an external provider's ID token maps to a member of staff.
     *
     * @param rolesClaim the claim holding role entries (CIS2: {@code nhsid_nrbac_roles})
     * @param roleCodeField the field of an entry with the job role code (CIS2: {@code role_code})
     * @param organisationField the field with the ODS code (CIS2: {@code org_code})
     * @param roles job role code to Throughcare role, for example {@code R8000: DOCTOR}
     */
    public record External(
            String rolesClaim, String roleCodeField, String organisationField, Map<String, StaffRole> roles) {
        public External {
            rolesClaim = rolesClaim == null ? "nhsid_nrbac_roles" : rolesClaim;
            roleCodeField = roleCodeField == null ? "role_code" : roleCodeField;
            organisationField = organisationField == null ? "org_code" : organisationField;
            roles = roles == null ? Map.of() : Map.copyOf(roles);
        }
    }
}
