package org.throughcare.patient.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.throughcare.patient.PatientBanner.AllergyStatus;

/** Hazard H30: "no known allergies" and "not recorded" are different facts and never confused. */
class AllergiesTest {

    private static AllergyIntolerance allergy(String code, String display, String clinical, String verification) {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setCode(new CodeableConcept(new Coding(Allergies.SNOMED, code, display)));
        if (clinical != null) {
            allergy.setClinicalStatus(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", clinical, null)));
        }
        if (verification != null) {
            allergy.setVerificationStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", verification, null)));
        }
        return allergy;
    }

    @Test
    void silenceIsNotRecordedNeverNoneKnown() {
        assertThat(Allergies.status(List.of(), 0)).isEqualTo(AllergyStatus.NOT_RECORDED);
    }

    @Test
    void aClinicianStatementIsNoneKnownAndSaysWhichKind() {
        List<AllergyIntolerance> nkda = List.of(allergy("409137002", "No known drug allergy", "active", null));

        assertThat(Allergies.status(nkda, 0)).isEqualTo(AllergyStatus.NONE_KNOWN);
        assertThat(Allergies.names(nkda)).containsExactly("No known drug allergy");
    }

    @Test
    void anAllergyOrAWithheldEntryIsPresentEvenBesideANoneKnownStatement() {
        AllergyIntolerance nka = allergy("716186003", "No known allergy", "active", null);
        AllergyIntolerance penicillin = allergy("764146007", "Penicillin", "active", "confirmed");

        assertThat(Allergies.status(List.of(nka, penicillin), 0)).isEqualTo(AllergyStatus.PRESENT);
        assertThat(Allergies.names(List.of(nka, penicillin))).containsExactly("Penicillin");
        assertThat(Allergies.status(List.of(nka), 1)).isEqualTo(AllergyStatus.PRESENT);
    }

    @Test
    void enteredInErrorRefutedAndResolvedEntriesAreNotCurrent() {
        assertThat(Allergies.current(allergy("1", "X", "active", "entered-in-error")))
                .isFalse();
        assertThat(Allergies.current(allergy("1", "X", "active", "refuted"))).isFalse();
        assertThat(Allergies.current(allergy("1", "X", "resolved", "confirmed")))
                .isFalse();
        assertThat(Allergies.current(allergy("1", "X", null, null))).isTrue();
    }
}
