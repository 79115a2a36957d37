package org.throughcare.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.LocalPds;

/** Tracing through the API, the application talking to {@link LocalPds} in PDS's formats. */
@IntegrationTest
class PdsApiIT {

    @LocalServerPort
    int port;

    @Test
    void aReceptionNurseTracesByNhsNumber() {
        Patient person = new FhirHttp(port)
                .as("nurse.leeds")
                .get("/Patient/$pds-read?nhs-number=9449306753")
                .send()
                .resource(Patient.class);
        assertThat(person.getNameFirstRep().getFamily()).isEqualTo("Ashworth");
        assertThat(person.getAddressFirstRep().getText()).contains("LS10 1AA");
    }

    @Test
    void aRestrictedRecordComesMarkedAndWithoutItsAddress() {
        var answer = new FhirHttp(port)
                .as("nurse.leeds")
                .get("/Patient/$pds-read?nhs-number=9721234567")
                .send();
        Patient person = answer.resource(Patient.class);
        assertThat(person.getMeta().getSecurityFirstRep().getCode()).isEqualTo("R");
        assertThat(person.hasAddress()).isFalse();
        assertThat(answer.body()).doesNotContain("refuge").doesNotContain("P84001");
    }

    @Test
    void searchesByDemographics() {
        Bundle found = new FhirHttp(port)
                .as("gp.manchester")
                .get("/Patient/$pds-search?family=Ashworth&given=Daniel&birthdate=1979-11-03&gender=male")
                .send()
                .resource(Bundle.class);
        assertThat(found.getEntry()).hasSize(2);
        assertThat(found.getEntry().get(1).getSearch().getScore().doubleValue()).isEqualTo(0.8312);
    }

    @Test
    void refusalsAreClearAnswersNeverErrors() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        assertThat(nurse.get("/Patient/$pds-read?nhs-number=9730000018").send().status())
                .isEqualTo(404);
        assertThat(nurse.get("/Patient/$pds-read?nhs-number=1234567890").send().status())
                .isEqualTo(400);
        assertThat(nurse.get("/Patient/$pds-read").send().status()).isEqualTo(400);
        assertThat(nurse.get("/Patient/$pds-read?nhs-number=9999999999").send().status())
                .isEqualTo(503);
        assertThat(nurse.get("/Patient/$pds-search?family=Smith&birthdate=1980-01-01")
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(nurse.get("/Patient/$pds-search?family=Ashworth&birthdate=03/11/1979")
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyThoseWhoMayRegisterPatientsMayTrace() {
        FhirHttp fhir = new FhirHttp(port);
        assertThat(fhir.anonymous()
                        .get("/Patient/$pds-read?nhs-number=9449306753")
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(fhir.as("officer.leeds")
                        .get("/Patient/$pds-read?nhs-number=9449306753")
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(fhir.as("commissioner")
                        .get("/Patient/$pds-search?family=Ashworth&birthdate=1979-11-03")
                        .send()
                        .status())
                .isEqualTo(403);
    }
}
