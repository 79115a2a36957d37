package org.throughcare.record.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.throughcare.record.Issue;
import org.throughcare.shared.FhirR4;

class ResourceValidatorTest {

    static final FhirContext context = FhirR4.newContext();
    static final ResourceValidator validator = new ResourceValidator(context);

    @Test
    void aFreshValidatorUnderConcurrentFirstUseEnforcesEveryInvariant() throws Exception {
        ResourceValidator fresh = new ResourceValidator(FhirR4.newContext());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.List<java.util.concurrent.Future<List<Issue>>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(pool.submit(() -> fresh.check(aPatientWithAPhoneNumberButNoSystem())));
        }
        for (var result : results) {
            assertThat(result.get()).extracting(Issue::diagnostics).anyMatch(text -> text.contains("cpt-2"));
        }
        pool.shutdown();
    }

    private static org.hl7.fhir.r4.model.Patient aPatientWithAPhoneNumberButNoSystem() {
        org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
        patient.addTelecom().setValue("01632 960000");
        return patient;
    }

    @Test
    void acceptsALocalReferenceToAContainedResource() {
        List<Issue> issues = validator.check(observation(
                "\"contained\":[{\"resourceType\":\"Practitioner\",\"id\":\"p1\"}],", "{\"reference\":\"#p1\"}"));

        assertThat(issues).isEmpty();
    }

    @Test
    void refusesALocalReferenceToNothingContained() {
        List<Issue> issues = validator.check(observation("", "{\"reference\":\"#p1\"}"));

        assertThat(issues).extracting(Issue::diagnostics).anyMatch(text -> text.contains("ref-1"));
    }

    @Test
    void refusesAContainedResourceNothingRefersTo() {
        List<Issue> issues = validator.check(observation(
                "\"contained\":[{\"resourceType\":\"Practitioner\",\"id\":\"p1\"}],",
                "{\"reference\":\"Practitioner/2\"}"));

        assertThat(issues).extracting(Issue::diagnostics).anyMatch(text -> text.contains("dom-3"));
    }

    @Test
    void aResourceInABundleEntryHoldsItsOwnContainedResources() {
        String observation = "{\"resourceType\":\"Observation\","
                + "\"contained\":[{\"resourceType\":\"Practitioner\",\"id\":\"p1\"}],"
                + "\"status\":\"final\",\"code\":{\"text\":\"weight\"},"
                + "\"performer\":[{\"reference\":\"#p1\"}]}";
        Resource bundle = (Resource) context.newJsonParser()
                .parseResource("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{"
                        + "\"fullUrl\":\"urn:uuid:8f0e5a52-4c3e-4f2a-9d5e-1b2c3d4e5f60\",\"resource\":"
                        + observation + "}]}");

        assertThat(validator.check(bundle)).isEmpty();
    }

    @Test
    void invariantsAboutTheWholeResourceAreEnforced() {
        validator.check(observation(
                "\"contained\":[{\"resourceType\":\"Practitioner\",\"id\":\"p1\"}],", "{\"reference\":\"#p1\"}"));
        validator.check(observation("", "{\"reference\":\"Practitioner/2\"}"));

        assertThat(Unevaluable.reported()).doesNotContain("ref-1", "dom-3");
    }

    /** An Observation read from JSON, as a request's body is, with a performer and what it contains. */
    private static Resource observation(String contained, String performer) {
        return (Resource) context.newJsonParser()
                .parseResource("{\"resourceType\":\"Observation\"," + contained
                        + "\"status\":\"final\",\"code\":{\"text\":\"weight\"},"
                        + "\"subject\":{\"reference\":\"Patient/1\"},\"performer\":[" + performer + "]}");
    }

    @Test
    void acceptsOnlyWellFormedMediaTypes() {
        for (String mediaType : List.of(
                "text/plain",
                "text/plain; charset=UTF-8",
                "application/fhir+json;fhirVersion=4.0",
                "multipart/mixed; boundary=\"a=b\"")) {
            assertThat(validator.check(binary(mediaType))).as(mediaType).isEmpty();
        }
        for (String notAMediaType :
                List.of("nonsense", "text/", "/plain", "text/plain/x", "text plain", "text/plain;")) {
            assertThat(validator.check(binary(notAMediaType)))
                    .as(notAMediaType)
                    .extracting(Issue::diagnostics)
                    .anyMatch(text -> text.contains("Binary.contentType") && text.contains("mimetypes"));
        }
    }

    private static Binary binary(String contentType) {
        Binary binary = new Binary();
        binary.setContentType(contentType);
        return binary;
    }

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

    @Test
    void checksCodesBoundAsRequiredAgainstTheirValueSet() {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.getPatient().setReference("Patient/1");
        allergy.getClinicalStatus()
                .addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical")
                .setCode("active");
        assertThat(validator.check(allergy)).isEmpty();

        allergy.getClinicalStatus().getCodingFirstRep().setCode("smouldering");
        assertThat(validator.check(allergy))
                .extracting(Issue::diagnostics)
                .anyMatch(text -> text.contains("AllergyIntolerance.clinicalStatus")
                        && text.contains("allergyintolerance-clinical"));
    }
}
