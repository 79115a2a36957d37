package org.throughcare.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.throughcare.security.StaffRole;

class LabelClearanceTest {

    @Test
    void restrictedIsForDoctorsOnly() {
        Coding restricted = new Coding(LabelClearance.CONFIDENTIALITY, "R", null);

        assertThat(LabelClearance.cleared(StaffRole.DOCTOR, restricted)).isTrue();
        assertThat(LabelClearance.cleared(StaffRole.NURSE, restricted)).isFalse();
    }

    @Test
    void veryRestrictedAndUnknownSensitivitiesAreForNobody() {
        assertThat(LabelClearance.cleared(StaffRole.DOCTOR, new Coding(LabelClearance.CONFIDENTIALITY, "V", null)))
                .isFalse();
        assertThat(LabelClearance.cleared(StaffRole.DOCTOR, new Coding(LabelClearance.ACT_CODE, "NEWCODE", null)))
                .isFalse();
    }

    @Test
    void normalConfidentialityAndUnrelatedSystemsAreNotLabels() {
        assertThat(LabelClearance.cleared(
                        StaffRole.PRISON_OFFICER, new Coding(LabelClearance.CONFIDENTIALITY, "N", null)))
                .isTrue();
        assertThat(LabelClearance.cleared(StaffRole.PRISON_OFFICER, new Coding("http://example.org/tags", "x", null)))
                .isTrue();
    }

    @Test
    void safeguardingIsForDoctorsAndNurses() {
        Coding safeguarding = new Coding(LabelClearance.SENSITIVITY, "safeguarding", null);

        assertThat(LabelClearance.cleared(StaffRole.NURSE, safeguarding)).isTrue();
        assertThat(LabelClearance.cleared(StaffRole.PHARMACIST, safeguarding)).isFalse();
    }
}
