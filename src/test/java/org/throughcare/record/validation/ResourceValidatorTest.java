package org.throughcare.record.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;
import org.throughcare.record.Issue;

class ResourceValidatorTest {

    static final ResourceValidator validator = new ResourceValidator(FhirContext.forR4Cached());

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        Encounter encounter = new Encounter();
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter
                .getClass_()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode")
                .setCode("AMB");
        encounter.setPeriod(new Period()
                .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2024-02-01"))
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2024-01-01")));

        List<Issue> issues = validator.check(encounter);

        assertThat(issues).extracting(Issue::diagnostics).anyMatch(text -> text.contains("per-1"));
    }
}
