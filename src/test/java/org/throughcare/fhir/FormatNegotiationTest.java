package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

@IntegrationTest
class FormatNegotiationTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    String id;

    @BeforeEach
    void aStoredPatient() {
        fhir = new FhirHttp(port);
        Patient patient = aPatient().withFamilyName("Nowak").build();
        patient.getText()
                .setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Nowak</div>");
        id = fhir.post("/Patient", patient).send().createdId();
    }

    @Test
    void acceptXmlGivesXml() {
        FhirResponse xml = fhir.get("/Patient/" + id)
                .header("Accept", "application/fhir+xml")
                .send();

        assertThat(xml.header("Content-Type")).startsWith("application/fhir+xml");
        assertThat(xml.body()).startsWith("<Patient");
        assertThat(xml.resource(Patient.class).getNameFirstRep().getFamily()).isEqualTo("Nowak");
    }

    @Test
    void formatParameterOverridesAccept() {
        FhirResponse json = fhir.get("/Patient/" + id + "?_format=json")
                .header("Accept", "application/fhir+xml")
                .send();
        FhirResponse xml =
                fhir.get("/Patient/" + id + "?_format=application/fhir%2Bxml").send();

        assertThat(json.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(xml.header("Content-Type")).startsWith("application/fhir+xml");
    }

    @Test
    void plainJsonAndXmlMediaTypesAndWildcardsAreAccepted() {
        assertThat(fhir.get("/Patient/" + id)
                        .header("Accept", "application/json")
                        .send()
                        .header("Content-Type"))
                .startsWith("application/fhir+json");
        assertThat(fhir.get("/Patient/" + id)
                        .header("Accept", "text/xml")
                        .send()
                        .header("Content-Type"))
                .startsWith("application/fhir+xml");
        assertThat(fhir.get("/Patient/" + id).header("Accept", "*/*").send().status())
                .isEqualTo(200);
        assertThat(fhir.get("/Patient/" + id)
                        .header("Accept", "text/html;q=0.9, application/fhir+xml;q=0.5")
                        .send()
                        .header("Content-Type"))
                .startsWith("application/fhir+xml");
    }

    @Test
    void anUnservableAcceptIsNotAcceptable() {
        FhirResponse refused =
                fhir.get("/Patient/" + id).header("Accept", "image/png").send();

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.header("Content-Type")).startsWith("application/fhir+json");
    }

    @Test
    void xmlBodiesAreAcceptedAndAnsweredInXml() {
        String xml = FhirContext.forR4Cached()
                .newXmlParser()
                .encodeResourceToString(aPatient().build());

        FhirResponse created = fhir.post("/Patient", xml)
                .header("Content-Type", "application/fhir+xml")
                .send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Content-Type")).startsWith("application/fhir+xml");
    }

    @Test
    void prettyPrintingIndents() {
        String pretty = fhir.get("/Patient/" + id + "?_pretty=true").send().body();

        assertThat(pretty).contains("\n  \"");
    }

    @Test
    void summaryTrueLeavesOutNonSummaryElementsAndIsTaggedSubsetted() {
        Patient summary = fhir.get("/Patient/" + id + "?_summary=true").send().resource(Patient.class);

        assertThat(summary.hasText()).isFalse();
        assertThat(summary.getNameFirstRep().getFamily()).isEqualTo("Nowak");
        assertThat(summary.getMeta().getTag()).anyMatch(tag -> tag.getCode().equals("SUBSETTED"));
    }

    @Test
    void summaryDataLeavesOutTheNarrative() {
        Patient data = fhir.get("/Patient/" + id + "?_summary=data").send().resource(Patient.class);

        assertThat(data.hasText()).isFalse();
        assertThat(data.hasBirthDate()).isTrue();
    }

    @Test
    void elementsReturnsOnlyThoseElements() {
        Patient subset = fhir.get("/Patient/" + id + "?_elements=gender").send().resource(Patient.class);

        assertThat(subset.hasGender()).isTrue();
        assertThat(subset.hasName()).isFalse();
        assertThat(subset.getIdElement().getIdPart()).isEqualTo(id);
        assertThat(subset.getMeta().getTag()).anyMatch(tag -> tag.getCode().equals("SUBSETTED"));
    }

    @Test
    void anUnknownSummaryValueIsABadRequest() {
        assertThat(fhir.get("/Patient/" + id + "?_summary=everything").send().status())
                .isEqualTo(400);
    }

    @Test
    void readsServeTheStoredJsonWithoutReencoding() {
        String body = fhir.get("/Patient/" + id).send().body();

        // PostgreSQL's jsonb text form (", " and ": " separators) shows the bytes came straight from the store.
        assertThat(body).contains("\"resourceType\": \"Patient\"");
    }
}
