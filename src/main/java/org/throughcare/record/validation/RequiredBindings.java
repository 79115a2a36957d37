package org.throughcare.record.validation;

import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.throughcare.record.Issue;

/**
 * Checks codes bound to a value set with strength "required": the code must come from that value
 * set. Codes held as HAPI enumerations were already checked when parsed. Answers are cached, so a
 * code is looked up once however often it is written.
 */
final class RequiredBindings {

    private final IValidationSupport terminology;
    private final Cache<String, Boolean> answers =
            Caffeine.newBuilder().maximumSize(100_000).build();

    RequiredBindings(IValidationSupport terminology) {
        this.terminology = terminology;
    }

    void check(Base value, String valueSet, String path, List<Issue> issues) {
        switch (value) {
            case Enumeration<?> ignored -> {}
            case Coding coding
            when coding.hasCode() -> {
                if (!inValueSet(coding.getSystem(), coding.getCode(), valueSet)) {
                    issues.add(notInValueSet(path, valueSet));
                }
            }
            case CodeableConcept concept -> {
                boolean any = concept.getCoding().stream()
                        .anyMatch(coding ->
                                coding.hasCode() && inValueSet(coding.getSystem(), coding.getCode(), valueSet));
                if (!any) {
                    issues.add(notInValueSet(path, valueSet));
                }
            }
            case PrimitiveType<?> code
            when code.hasValue() && "code".equals(code.fhirType()) -> {
                if (!inValueSet(null, code.getValueAsString(), valueSet)) {
                    issues.add(notInValueSet(path, valueSet));
                }
            }
            default -> {}
        }
    }

    private static Issue notInValueSet(String path, String valueSet) {
        return Issue.error(
                "code-invalid", "Element " + path + " must have a code from the value set " + valueSet, path);
    }

    private boolean inValueSet(String system, String code, String valueSet) {
        return answers.get(valueSet + '|' + system + '|' + code, key -> lookUp(system, code, valueSet));
    }

    private boolean lookUp(String system, String code, String valueSet) {
        try {
            IValidationSupport.CodeValidationResult result = terminology.validateCode(
                    new ValidationSupportContext(terminology),
                    new ConceptValidationOptions().setInferSystem(system == null),
                    system,
                    code,
                    null,
                    valueSet);
            // No answer means the value set cannot be expanded here (for example all of BCP-13
            // MIME types): the code is not refused for that.
            return result == null
                    || result.isOk()
                    || !result.getSeverity().equals(IValidationSupport.IssueSeverity.ERROR);
        } catch (RuntimeException e) {
            return true;
        }
    }
}
