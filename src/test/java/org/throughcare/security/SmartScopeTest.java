package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmartScopeTest {

    @Test
    void readsSmartV2Scopes() {
        SmartScope scope = SmartScope.parse("system/Patient.rs").orElseThrow();

        assertThat(scope.context()).isEqualTo("system");
        assertThat(scope.type()).isEqualTo("Patient");
        assertThat(scope.grants("system", "Patient", 'r')).isTrue();
        assertThat(scope.grants("system", "Patient", 's')).isTrue();
        assertThat(scope.grants("system", "Patient", 'c')).isFalse();
        assertThat(scope.grants("user", "Patient", 'r')).isFalse();
        assertThat(scope.grants("system", "Observation", 'r')).isFalse();
    }

    @Test
    void aWildcardTypeGrantsEveryType() {
        assertThat(SmartScope.parse("user/*.cruds").orElseThrow().grants("user", "Observation", 'd'))
                .isTrue();
    }

    @Test
    void readsSmartV1ScopesAsTheirV2Letters() {
        assertThat(SmartScope.parse("patient/Observation.read").orElseThrow().permissions())
                .isEqualTo("rs");
        assertThat(SmartScope.parse("user/*.write").orElseThrow().permissions()).isEqualTo("cud");
        assertThat(SmartScope.parse("system/*.*").orElseThrow().permissions()).isEqualTo("cruds");
    }

    @Test
    void refusesLettersOutOfOrderRepeatedOrUnknown() {
        assertThat(SmartScope.parse("user/Patient.sr")).isEmpty();
        assertThat(SmartScope.parse("user/Patient.rr")).isEmpty();
        assertThat(SmartScope.parse("user/Patient.rx")).isEmpty();
        assertThat(SmartScope.parse("user/Patient.")).isEmpty();
        assertThat(SmartScope.parse("admin/Patient.r")).isEmpty();
        assertThat(SmartScope.parse("user/patient.r")).isEmpty();
    }

    @Test
    void aScopeWithAQueryConstraintGrantsNothingYet() {
        SmartScope constrained =
                SmartScope.parse("user/Observation.rs?category=laboratory").orElseThrow();

        assertThat(constrained.constrained()).isTrue();
        assertThat(constrained.grants("user", "Observation", 'r')).isFalse();
    }

    @Test
    void aBroaderScopeCoversANarrowerOneInTheSameContext() {
        SmartScopes registered = SmartScopes.parse("system/*.cruds openid");

        assertThat(registered.covers("system/Patient.rs")).isTrue();
        assertThat(registered.covers("system/*.r")).isTrue();
        assertThat(registered.covers("user/Patient.r")).isFalse();
        assertThat(registered.covers("system/Patient.rs?gender=female")).isFalse();
        assertThat(registered.covers("openid")).isTrue();
        assertThat(registered.covers("profile")).isFalse();
        assertThat(SmartScopes.parse("system/Patient.r").covers("system/Patient.rs"))
                .isFalse();
    }

    @Test
    void separatesResourceScopesFromOthers() {
        SmartScopes scopes = SmartScopes.parse("  openid fhirUser  launch/patient user/Patient.r nonsense/x.y ");

        assertThat(scopes.resourceScopes()).hasSize(1);
        assertThat(scopes.otherScopes()).containsExactlyInAnyOrder("openid", "fhirUser", "launch/patient");
        assertThat(scopes.grantsAny("user", 'r')).isTrue();
        assertThat(scopes.grantsAny("user", 'c')).isFalse();
    }
}
