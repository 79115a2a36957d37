package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.NhsNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.SearchHttp;

@IntegrationTest
class TokenAndStringSearchTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    SearchHttp search;
    String system;
    String patient;

    @BeforeEach
    void setUp() {
        fhir = new FhirHttp(port);
        search = new SearchHttp(fhir);
        system = SearchHttp.uniqueSystem();
        patient = fhir.post("/Patient", aPatient().build()).send().createdId();
    }

    private String condition(String code, String display, String text) {
        Condition condition = new Condition();
        condition.setSubject(new Reference("Patient/" + patient));
        if (code != null) {
            condition.getCode().addCoding().setSystem(system).setCode(code).setDisplay(display);
        }
        condition.getCode().setText(text);
        condition
                .getCategory()
                .add(new org.hl7.fhir.r4.model.CodeableConcept()
                        .addCoding(new org.hl7.fhir.r4.model.Coding(system + "/category", "problem", null)));
        return fhir.post("/Condition", condition).send().createdId();
    }

    @Test
    void tokenBySystemAndCodeByCodeAloneAndBySystemAlone() {
        String asthma = condition("195967001", "Asthma", "Asthma");
        String epilepsy = condition("84757009", "Epilepsy", "Epilepsy");

        assertThat(search.ids("/Condition?code=" + system + "|195967001")).containsExactly(asthma);
        assertThat(search.ids("/Condition?code=" + system + "|195967001," + system + "|84757009"))
                .containsExactlyInAnyOrder(asthma, epilepsy);
        // Each comma-separated value stands alone: a bare code matches that code in any system.
        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code=" + system + "|195967001,84757009"))
                .containsExactlyInAnyOrder(asthma, epilepsy);
        assertThat(search.ids("/Condition?code=" + system + "|&subject=Patient/" + patient))
                .containsExactlyInAnyOrder(asthma, epilepsy);
        assertThat(search.ids("/Condition?code=84757009&subject=Patient/" + patient))
                .containsExactly(epilepsy);
        assertThat(search.ids("/Condition?code=other-system|84757009&subject=Patient/" + patient))
                .isEmpty();
    }

    @Test
    void tokenWithoutASystemMatchesOnlyCodesWithoutOne() {
        Patient noSystem = aPatient().build();
        String value = "NOSYS-" + System.nanoTime();
        noSystem.addIdentifier(new Identifier().setValue(value));
        String id = fhir.post("/Patient", noSystem).send().createdId();

        assertThat(search.ids("/Patient?identifier=|" + value)).containsExactly(id);
        assertThat(search.ids("/Patient?identifier=" + system + "|" + value)).isEmpty();
    }

    @Test
    void notMatchesResourcesWithoutTheCodeIncludingThoseWithNoCode() {
        String asthma = condition("195967001", "Asthma", "Asthma");
        String epilepsy = condition("84757009", "Epilepsy", "Epilepsy");
        String uncoded = condition(null, null, "Wheeze");

        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:not=" + system + "|195967001"))
                .containsExactlyInAnyOrder(epilepsy, uncoded);
        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:not=195967001,84757009"))
                .containsExactly(uncoded);
        assertThat(asthma).isNotNull();
    }

    @Test
    void textMatchesTheConceptTextOrCodingDisplayCaseAndAccentInsensitively() {
        String asthma = condition("195967001", "Asthma (disorder)", "Brittle asthma");
        condition("84757009", "Epilepsy", "Epilepsy");

        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:text=ASTH"))
                .containsExactly(asthma);
        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:text=brittle"))
                .containsExactly(asthma);
        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:text=disorder"))
                .isEmpty();
    }

    @Test
    void missingFindsResourcesWithAndWithoutAValue() {
        String coded = condition("195967001", "Asthma", "Asthma");
        String uncoded = condition(null, null, "Wheeze");

        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:missing=true"))
                .containsExactly(uncoded);
        assertThat(search.ids("/Condition?subject=Patient/" + patient + "&code:missing=false"))
                .containsExactly(coded);
        assertThat(search.status("/Condition?code:missing=maybe")).isEqualTo(400);
    }

    @Test
    void severalIdentifiersOnOneResourceAndOfType() {
        String nhs = org.throughcare.testing.TestPatients.uniqueNhsNumber();
        String local = "MRN-" + System.nanoTime();
        Patient twoIds = aPatient().withNhsNumber(nhs).build();
        twoIds.addIdentifier()
                .setSystem(system)
                .setValue(local)
                .getType()
                .addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/v2-0203")
                .setCode("MR");
        String id = fhir.post("/Patient", twoIds).send().createdId();

        assertThat(search.ids("/Patient?identifier=" + NhsNumber.SYSTEM + "|" + nhs))
                .containsExactly(id);
        assertThat(search.ids("/Patient?identifier=" + system + "|" + local)).containsExactly(id);
        assertThat(search.ids("/Patient?nhs-number=" + nhs)).containsExactly(id);
        assertThat(search.ids("/Patient?identifier:of-type=http://terminology.hl7.org/CodeSystem/v2-0203|MR|" + local))
                .containsExactly(id);
        assertThat(search.ids("/Patient?identifier:of-type=http://terminology.hl7.org/CodeSystem/v2-0203|NH|" + local))
                .isEmpty();
    }

    @Test
    void prisonNumberParameter() {
        String prisonNumber = "A" + String.format("%04d", System.nanoTime() % 10000) + "QZ";
        String id = fhir.post(
                        "/Patient", aPatient().withPrisonNumber(prisonNumber).build())
                .send()
                .createdId();

        assertThat(search.ids("/Patient?prison-number=" + prisonNumber)).contains(id);
    }

    @Test
    void booleanAndCodeTokens() {
        String family = "Bool" + System.nanoTime();
        Patient active = aPatient().withFamilyName(family).build();
        active.setActive(true);
        String activeId = fhir.post("/Patient", active).send().createdId();
        Patient inactive = aPatient().withFamilyName(family).build();
        inactive.setActive(false);
        fhir.post("/Patient", inactive).send();

        assertThat(search.ids("/Patient?family=" + family + "&active=true")).containsExactly(activeId);
        assertThat(search.ids("/Patient?family=" + family + "&gender=female&active:not=false"))
                .containsExactly(activeId);
        assertThat(search.ids("/Patient?family=" + family + "&gender=http://hl7.org/fhir/administrative-gender|female"))
                .hasSize(2);
    }

    @Test
    void stringStartsWithIgnoringCaseAndAccents() {
        String unique = "Zoë" + System.nanoTime();
        String id = fhir.post("/Patient", aPatient().withFamilyName(unique).build())
                .send()
                .createdId();
        String plain = unique.replace("ë", "e");

        assertThat(search.ids("/Patient?family=" + plain.toUpperCase())).containsExactly(id);
        assertThat(search.ids("/Patient?family=" + plain.substring(0, 6))).contains(id);
        assertThat(search.ids("/Patient?name=" + plain)).containsExactly(id);
        assertThat(search.ids("/Patient?family=" + plain.substring(2))).isEmpty();
    }

    @Test
    void exactAndContains() {
        String unique = "Ó Briain" + System.nanoTime();
        String id = fhir.post("/Patient", aPatient().withFamilyName(unique).build())
                .send()
                .createdId();

        assertThat(search.ids("/Patient?family:exact=" + unique)).containsExactly(id);
        assertThat(search.ids("/Patient?family:exact=" + unique.toLowerCase())).isEmpty();
        assertThat(search.ids("/Patient?family:contains=briain" + unique.substring(8)))
                .containsExactly(id);
    }

    @Test
    void unicodeNames() {
        String welsh = "Llŷr" + System.nanoTime();
        String chinese = "王" + System.nanoTime();
        String w = fhir.post("/Patient", aPatient().withFamilyName(welsh).build())
                .send()
                .createdId();
        String c = fhir.post("/Patient", aPatient().withFamilyName(chinese).build())
                .send()
                .createdId();

        assertThat(search.ids("/Patient?family=" + welsh.replace("ŷ", "y"))).containsExactly(w);
        assertThat(search.ids("/Patient?family=" + chinese)).containsExactly(c);
    }

    @Test
    void deletedAndSupersededVersionsNeverMatch() {
        String oldName = "Before" + System.nanoTime();
        String newName = "After" + System.nanoTime();
        String id = fhir.post("/Patient", aPatient().withFamilyName(oldName).build())
                .send()
                .createdId();
        fhir.put("/Patient/" + id, aPatient().withFamilyName(newName).withId(id).build())
                .send();

        assertThat(search.ids("/Patient?family=" + oldName)).isEmpty();
        assertThat(search.ids("/Patient?family=" + newName)).containsExactly(id);

        fhir.delete("/Patient/" + id).send();
        assertThat(search.ids("/Patient?family=" + newName)).isEmpty();
    }

    @Test
    void escapedCommasArePartOfTheValue() {
        String unique = "Comma" + System.nanoTime();
        String id = fhir.post(
                        "/Patient", aPatient().withFamilyName(unique + ",Jr").build())
                .send()
                .createdId();

        assertThat(search.ids("/Patient?family:exact=" + unique + "\\,Jr")).containsExactly(id);
    }

    @Test
    void idAndMetaParameters() {
        Patient tagged = aPatient().build();
        tagged.getMeta().addTag(system, "reception", null);
        tagged.getMeta().addSecurity("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", null);
        tagged.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        String id = fhir.post("/Patient", tagged).send().createdId();

        assertThat(search.ids("/Patient?_id=" + id)).containsExactly(id);
        assertThat(search.ids("/Patient?_id=" + id + ",nobody")).containsExactly(id);
        assertThat(search.ids("/Patient?_tag=" + system + "|reception")).containsExactly(id);
        assertThat(search.ids(
                        "/Patient?_id=" + id + "&_security=http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R"))
                .containsExactly(id);
        assertThat(search.ids(
                        "/Patient?_id=" + id + "&_profile=https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"))
                .containsExactly(id);
    }

    @Test
    void uriExactBelowAndAbove() {
        String url = system + "/Questionnaire/reception/v2";
        String questionnaire = fhir.post(
                        "/Questionnaire",
                        "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"url\":\"" + url + "\"}")
                .send()
                .createdId();

        assertThat(search.ids("/Questionnaire?url=" + url)).containsExactly(questionnaire);
        assertThat(search.ids("/Questionnaire?url:below=" + system + "/Questionnaire"))
                .containsExactly(questionnaire);
        assertThat(search.ids("/Questionnaire?url:above=" + url + "/extra")).containsExactly(questionnaire);
        assertThat(search.ids("/Questionnaire?url=" + system + "/Questionnaire"))
                .isEmpty();
    }
}
