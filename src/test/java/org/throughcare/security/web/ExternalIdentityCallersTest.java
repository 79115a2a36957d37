package org.throughcare.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.throughcare.security.Caller;
import org.throughcare.security.SecurityProperties;
import org.throughcare.security.StaffRole;

/** CIS2-style claims mapped to a Throughcare role and establishments, as docs/security.md says. */
class ExternalIdentityCallersTest {

    private final ExternalIdentityCallers mapper = new ExternalIdentityCallers(new SecurityProperties(
            null,
            null,
            null,
            null,
            null,
            new SecurityProperties.External(
                    null,
                    null,
                    null,
                    Map.of(
                            "R8000",
                            StaffRole.DOCTOR,
                            "R8001",
                            StaffRole.NURSE,
                            "R5105",
                            StaffRole.CALDICOTT_GUARDIAN))));

    @Test
    void mapsTheJobRoleCodeAndCollectsItsOrganisations() {
        Map<String, Object> claims = Map.of(
                "sub", "555012345678",
                "name", "Dr Example",
                "nhsid_nrbac_roles",
                        List.of(
                                Map.of("role_code", "S8000:G8000:R8000", "org_code", "LEI"),
                                Map.of("role_code", "S8000:G8000:R8000", "org_code", "MRI"),
                                Map.of("role_code", "S8000:G8000:R8001", "org_code", "WDI")));

        Caller.Staff staff = (Caller.Staff) mapper.staff(claims).orElseThrow();

        assertThat(staff.role()).isEqualTo(StaffRole.DOCTOR);
        assertThat(staff.establishments()).containsExactly("LEI", "MRI");
        assertThat(staff.username()).isEqualTo("555012345678");
    }

    @Test
    void someoneWhoseRolesMapToNothingIsNoCaller() {
        Map<String, Object> claims =
                Map.of("sub", "x", "nhsid_nrbac_roles", List.of(Map.of("role_code", "S0:G0:R8010", "org_code", "LEI")));

        assertThat(mapper.staff(claims)).isEmpty();
        assertThat(mapper.staff(Map.of("sub", "y"))).isEmpty();
    }
}
