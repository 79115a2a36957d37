package org.throughcare.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.throughcare.record.Interaction;
import org.throughcare.security.Caller;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.StaffRole;

class AccessMatrixTest {

    private static Caller.Staff staff(StaffRole role, String scopes) {
        return new Caller.Staff("someone", "Someone", role, List.of("LEI"), null, SmartScopes.parse(scopes));
    }

    @Test
    void aClinicianMayWriteClinicalDataButNeverDelete() {
        Caller.Staff nurse = staff(StaffRole.NURSE, "user/*.cruds");

        assertThat(AccessMatrix.allows(nurse, Interaction.CREATE, "Observation"))
                .isTrue();
        assertThat(AccessMatrix.allows(nurse, Interaction.UPDATE, "Condition")).isTrue();
        assertThat(AccessMatrix.allows(nurse, Interaction.DELETE, "Observation"))
                .isFalse();
        assertThat(AccessMatrix.allows(nurse, Interaction.CREATE, "Organization"))
                .isFalse();
    }

    @Test
    void theTokenScopesNarrowTheRole() {
        Caller.Staff readOnlyDoctor = staff(StaffRole.DOCTOR, "user/Observation.rs");

        assertThat(AccessMatrix.allows(readOnlyDoctor, Interaction.READ, "Observation"))
                .isTrue();
        assertThat(AccessMatrix.allows(readOnlyDoctor, Interaction.CREATE, "Observation"))
                .isFalse();
        assertThat(AccessMatrix.allows(readOnlyDoctor, Interaction.READ, "Condition"))
                .isFalse();
    }

    @Test
    void aPrisonOfficerReachesNoClinicalOrMedicationType() {
        Caller.Staff officer = staff(StaffRole.PRISON_OFFICER, "user/*.cruds");

        assertThat(AccessMatrix.allows(officer, Interaction.READ, "Appointment"))
                .isTrue();
        assertThat(AccessMatrix.allows(officer, Interaction.READ, "Flag")).isTrue();
        assertThat(AccessMatrix.allows(officer, Interaction.READ, "Observation"))
                .isFalse();
        assertThat(AccessMatrix.allows(officer, Interaction.READ, "MedicationRequest"))
                .isFalse();
        assertThat(AccessMatrix.allows(officer, Interaction.CREATE, "Appointment"))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = StaffRole.class,
            names = {"COMMISSIONER", "CALDICOTT_GUARDIAN"})
    void rolesWithoutPatientLevelAccessReachOnlyTheDirectory(StaffRole role) {
        Caller.Staff caller = staff(role, "user/*.cruds");

        assertThat(AccessMatrix.allows(caller, Interaction.READ, "Patient")).isFalse();
        assertThat(AccessMatrix.allows(caller, Interaction.SEARCH, "Observation"))
                .isFalse();
        assertThat(AccessMatrix.allows(caller, Interaction.READ, "Organization"))
                .isTrue();
    }

    @Test
    void anUnknownTypeIsAsGuardedAsClinicalData() {
        assertThat(ResourceGroup.of("SomeFutureResource")).isEqualTo(ResourceGroup.CLINICAL);
        assertThat(AccessMatrix.allows(staff(StaffRole.PRISON_OFFICER, "user/*.cruds"), Interaction.READ, "Basic"))
                .isFalse();
    }

    @Test
    void aSystemClientIsBoundByItsScopesAlone() {
        Caller.SystemClient client = new Caller.SystemClient("hmpps", SmartScopes.parse("system/Appointment.cruds"));

        assertThat(AccessMatrix.allows(client, Interaction.DELETE, "Appointment"))
                .isTrue();
        assertThat(AccessMatrix.allows(client, Interaction.READ, "Observation")).isFalse();
        assertThat(AccessMatrix.allows(client, Interaction.HISTORY_SYSTEM, null))
                .isTrue();
        assertThat(AccessMatrix.allowsAuditLog(client)).isFalse();
        assertThat(AccessMatrix.allowsBreakGlass(client)).isFalse();
    }

    @Test
    void onlyCliniciansBreakGlassAndOnlyGuardiansReadTheAuditLog() {
        assertThat(AccessMatrix.allowsBreakGlass(staff(StaffRole.PHARMACIST, "")))
                .isTrue();
        assertThat(AccessMatrix.allowsBreakGlass(staff(StaffRole.HEALTHCARE_MANAGER, "")))
                .isFalse();
        assertThat(AccessMatrix.allowsAuditLog(staff(StaffRole.CALDICOTT_GUARDIAN, "")))
                .isTrue();
        assertThat(AccessMatrix.allowsAuditLog(staff(StaffRole.DOCTOR, ""))).isFalse();
    }
}
