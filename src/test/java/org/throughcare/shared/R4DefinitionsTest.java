package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

class R4DefinitionsTest {

    static final FhirContext FHIR = FhirR4.newContext();
    static final IValidationSupport DEFINITIONS = FHIR.getValidationSupport();

    @Test
    void isTheContextsOwnSoTheValidatorAndFhirPathShareOneCopy() {
        assertThat(DEFINITIONS).isInstanceOf(R4Definitions.class);
    }

    @Test
    void keepsEachBaseTypeWithTheSnapshotItsRulesAreReadFromAndNothingElse() {
        var patient = (StructureDefinition)
                DEFINITIONS.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/Patient");
        assertThat(patient.hasText()).isFalse();
        assertThat(patient.hasDifferential()).isFalse();
        assertThat(patient.hasMapping()).isFalse();
        ElementDefinition gender = patient.getSnapshot().getElement().stream()
                .filter(element -> element.getPath().equals("Patient.gender"))
                .findFirst()
                .orElseThrow();
        assertThat(gender.getMax()).isEqualTo("1");
        assertThat(gender.getType())
                .extracting(ElementDefinition.TypeRefComponent::getCode)
                .containsExactly("code");
        assertThat(gender.getBinding().getValueSet()).startsWith("http://hl7.org/fhir/ValueSet/administrative-gender");
        assertThat(gender.hasDefinition() || gender.hasComment() || gender.hasMapping())
                .isFalse();
        ElementDefinition contact = patient.getSnapshot().getElement().stream()
                .filter(element -> element.getPath().equals("Patient.contact"))
                .findFirst()
                .orElseThrow();
        assertThat(contact.getConstraint()).anySatisfy(constraint -> {
            assertThat(constraint.getKey()).isEqualTo("pat-1");
            assertThat(constraint.getExpression()).isNotBlank();
        });
        assertThat(DEFINITIONS.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/Quantity"))
                .isNotNull();
    }

    @Test
    void dropsProfilesAndExtensionDefinitions() {
        assertThat(DEFINITIONS.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/patient-birthPlace"))
                .isNull();
        assertThat(DEFINITIONS.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/vitalsigns"))
                .isNull();
        assertThat(DEFINITIONS.<StructureDefinition>fetchAllStructureDefinitions())
                .allSatisfy(definition -> assertThat(definition.getDerivation())
                        .isNotEqualTo(StructureDefinition.TypeDerivationRule.CONSTRAINT));
    }

    @Test
    void keepsTheValueSetsBoundAsRequiredWithTheCodeSystemsTheyDrawOn() {
        var genders = (ValueSet) DEFINITIONS.fetchValueSet("http://hl7.org/fhir/ValueSet/administrative-gender");
        assertThat(genders).isNotNull();
        assertThat(genders.hasText()).isFalse();
        var genderCodes = (CodeSystem) DEFINITIONS.fetchCodeSystem("http://hl7.org/fhir/administrative-gender");
        assertThat(genderCodes.getConcept())
                .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                .contains("male", "female", "other", "unknown");
        // Composition.confidentiality is bound as required to a value set of HL7 v3 codes.
        assertThat(DEFINITIONS.fetchCodeSystem("http://terminology.hl7.org/CodeSystem/v3-Confidentiality"))
                .isNotNull();
        // Bound only as an example (Observation.code), so nothing is checked against it.
        assertThat(DEFINITIONS.fetchValueSet("http://hl7.org/fhir/ValueSet/observation-codes"))
                .isNull();
    }

    @Test
    void answersWhetherACodeIsInARequiredValueSet() {
        ValidationSupportChain terminology =
                new ValidationSupportChain(DEFINITIONS, new InMemoryTerminologyServerValidationSupport(FHIR));
        ValidationSupportContext context = new ValidationSupportContext(terminology);
        String genders = "http://hl7.org/fhir/ValueSet/administrative-gender";
        String system = "http://hl7.org/fhir/administrative-gender";
        assertThat(terminology
                        .validateCode(context, new ConceptValidationOptions(), system, "female", null, genders)
                        .isOk())
                .isTrue();
        assertThat(terminology
                        .validateCode(context, new ConceptValidationOptions(), system, "woman", null, genders)
                        .isOk())
                .isFalse();
    }

    /**
     * Leaving out a definition the validator needs would weaken validation silently (a code from a
     * missing value set cannot be checked, so it is let through): every value set that HAPI's full
     * copy has and that a base type binds as required, and every code system such a value set draws
     * on, is in the compact copy (hazard H82).
     */
    @Test
    void leavesOutNothingThatARequiredBindingNeeds() {
        DefaultProfileValidationSupport full = new DefaultProfileValidationSupport(FhirContext.forR4Cached());
        Deque<String> wanted = new ArrayDeque<>();
        for (StructureDefinition type : full.<StructureDefinition>fetchAllStructureDefinitions()) {
            if (type.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT) {
                continue;
            }
            for (ElementDefinition element : type.getSnapshot().getElement()) {
                String valueSet = R4Definitions.requiredValueSet(element);
                if (valueSet != null) {
                    wanted.add(valueSet);
                }
            }
        }
        Set<String> checked = new HashSet<>();
        int codeSystems = 0;
        while (!wanted.isEmpty()) {
            String url = wanted.pop();
            if (!checked.add(url) || full.fetchValueSet(url) == null) {
                continue;
            }
            assertThat(DEFINITIONS.fetchValueSet(url)).as(url).isNotNull();
            ValueSet valueSet = (ValueSet) full.fetchValueSet(url);
            for (ValueSet.ConceptSetComponent part : valueSet.getCompose().getInclude()) {
                part.getValueSet()
                        .forEach(imported -> wanted.add(imported.getValue().split("\\|")[0]));
                if (part.hasSystem() && full.fetchCodeSystem(part.getSystem()) != null) {
                    assertThat(DEFINITIONS.fetchCodeSystem(part.getSystem()))
                            .as(part.getSystem() + " (for " + url + ")")
                            .isNotNull();
                    codeSystems++;
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(100);
        assertThat(codeSystems).isGreaterThan(100);
    }
}
