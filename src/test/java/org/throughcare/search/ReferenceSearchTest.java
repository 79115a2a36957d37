package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;
import static org.throughcare.testing.TestPatients.uniqueNhsNumber;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.shared.NhsNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.SearchHttp;

@IntegrationTest
class ReferenceSearchTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    SearchHttp search;
    String system;
    String nhsNumber;
    String patient;
    String encounter;

    @BeforeEach
    void setUp() {
        fhir = new FhirHttp(port);
        search = new SearchHttp(fhir);
        system = SearchHttp.uniqueSystem();
        nhsNumber = uniqueNhsNumber();
        patient = fhir.post(
                        "/Patient",
                        aPatient()
                                .withNhsNumber(nhsNumber)
                                .withFamilyName("Chain" + system.hashCode())
                                .build())
                .send()
                .createdId();
        Encounter visit = new Encounter();
        visit.setStatus(Encounter.EncounterStatus.FINISHED);
        visit.getClass_()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode")
                .setCode("AMB");
        visit.setSubject(new Reference("Patient/" + patient));
        encounter = fhir.post("/Encounter", visit).send().createdId();
    }

    private String observation(String code, String subject) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.getCode().addCoding().setSystem(system).setCode(code);
        observation.setSubject(new Reference(subject));
        observation.setEncounter(new Reference("Encounter/" + encounter));
        return fhir.post("/Observation", observation).send().createdId();
    }

    @Test
    void referenceByTypeAndIdByIdAloneByTypeModifierAndByAbsoluteUrl() {
        String observation = observation("a", "Patient/" + patient);

        assertThat(search.ids("/Observation?subject=Patient/" + patient)).containsExactly(observation);
        assertThat(search.ids("/Observation?subject=" + patient)).containsExactly(observation);
        assertThat(search.ids("/Observation?subject:Patient=" + patient)).containsExactly(observation);
        assertThat(search.ids("/Observation?patient=" + patient)).containsExactly(observation);
        assertThat(search.ids("/Observation?subject=" + fhir.base() + "/Patient/" + patient))
                .containsExactly(observation);
        assertThat(search.ids("/Observation?subject:Group=" + patient)).isEmpty();
    }

    @Test
    void referenceIdentifierModifier() {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.getCode().addCoding().setSystem(system).setCode("logical");
        observation.setSubject(new Reference()
                .setIdentifier(new Identifier().setSystem(NhsNumber.SYSTEM).setValue(nhsNumber)));
        String id = fhir.post("/Observation", observation).send().createdId();

        assertThat(search.ids("/Observation?subject:identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber))
                .containsExactly(id);
    }

    @Test
    void chainingOneLevelDeep() {
        String observation = observation("b", "Patient/" + patient);

        assertThat(search.ids("/Observation?subject:Patient.identifier=" + NhsNumber.SYSTEM + "|" + nhsNumber))
                .containsExactly(observation);
        assertThat(search.ids("/Observation?patient.nhs-number=" + nhsNumber)).containsExactly(observation);
        assertThat(search.ids("/Observation?code=" + system + "|b&encounter.status=finished"))
                .containsExactly(observation);
        assertThat(search.ids("/Observation?code=" + system + "|b&encounter.status=in-progress"))
                .isEmpty();
        assertThat(search.status("/Observation?subject.organization.name=x")).isEqualTo(400);
    }

    @Test
    void anUntypedChainSearchesEveryTargetTypeThatHasTheParameter() {
        String family = "Chain" + system.hashCode();
        Location ward = new Location();
        ward.setName(family + " Ward");
        String location = fhir.post("/Location", ward).send().createdId();
        String aboutThePatient = observation("d", "Patient/" + patient);
        String aboutTheWard = observation("d", "Location/" + location);
        String alsoAboutTheWard = observation("e", "Location/" + location);

        // Patient and Location both have "name": one search per type, their matches together.
        assertThat(search.ids("/Observation?subject.name=" + family))
                .containsExactlyInAnyOrder(aboutThePatient, aboutTheWard, alsoAboutTheWard);
        assertThat(search.ids("/Observation?code=" + system + "|d&subject.name=" + family))
                .containsExactlyInAnyOrder(aboutThePatient, aboutTheWard);
        assertThat(search.ids("/Observation?code=" + system + "|d&subject:Patient.name=" + family))
                .containsExactly(aboutThePatient);
        assertThat(search.ids("/Observation?code=" + system + "|d&subject.name=Nobody" + family))
                .isEmpty();
    }

    @Test
    void reverseChainingWithHas() {
        observation("c", "Patient/" + patient);
        String otherPatient = fhir.post("/Patient", aPatient().build()).send().createdId();

        assertThat(search.ids("/Patient?_has:Observation:patient:code=" + system + "|c"))
                .containsExactly(patient);
        assertThat(search.ids("/Patient?_id=" + otherPatient + "&_has:Observation:patient:code=" + system + "|c"))
                .isEmpty();
        assertThat(search.status("/Patient?_has:Observation:nonsense:code=x")).isEqualTo(400);
    }

    @Test
    void includeAndRevinclude() {
        String observation = observation("d", "Patient/" + patient);

        Bundle forward = search.bundle(
                "/Observation?code=" + system + "|d&_include=Observation:patient&_include=Observation:encounter");
        assertThat(SearchHttp.matches(forward)).containsExactly(observation);
        assertThat(SearchHttp.included(forward))
                .extracting(Resource::fhirType)
                .containsExactlyInAnyOrder("Patient", "Encounter");

        Bundle reverse = search.bundle("/Patient?_id=" + patient + "&_revinclude=Observation:patient");
        assertThat(SearchHttp.matches(reverse)).containsExactly(patient);
        assertThat(SearchHttp.included(reverse))
                .extracting(r -> r.getIdElement().getIdPart())
                .containsExactly(observation);
    }

    @Test
    void includeWithATargetTypeAndIterate() {
        observation("e", "Patient/" + patient);

        Bundle typed = search.bundle("/Observation?code=" + system + "|e&_include=Observation:subject:Patient");
        assertThat(SearchHttp.included(typed)).extracting(Resource::fhirType).containsExactly("Patient");
        Bundle none = search.bundle("/Observation?code=" + system + "|e&_include=Observation:subject:Group");
        assertThat(SearchHttp.included(none)).isEmpty();

        // Encounter -> Observations that refer to it -> the Patient they are about.
        Bundle iterated = search.bundle("/Encounter?_id=" + encounter
                + "&_revinclude=Observation:encounter&_include:iterate=Observation:patient");
        List<String> types =
                SearchHttp.included(iterated).stream().map(Resource::fhirType).toList();
        assertThat(types).contains("Observation", "Patient");
    }

    @Test
    void compartmentSearch() {
        String mine = observation("f", "Patient/" + patient);
        String other = fhir.post("/Patient", aPatient().build()).send().createdId();
        observation("f", "Patient/" + other);

        assertThat(search.ids("/Patient/" + patient + "/Observation?code=" + system + "|f"))
                .containsExactly(mine);
        assertThat(search.ids("/Patient/" + patient + "/Encounter")).containsExactly(encounter);
    }

    @Test
    void includesOfMalformedShapeAreRefused() {
        assertThat(search.status("/Observation?_include=Observation")).isEqualTo(400);
        assertThat(search.status("/Observation?_include=Observation:code")).isEqualTo(400);
    }
}
