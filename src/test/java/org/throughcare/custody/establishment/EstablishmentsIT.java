package org.throughcare.custody.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.security.Callers;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;

/**
 * The catalogue in the record, and administrators adding and retiring establishments through the
 * API. The directory is not patient data, so there is no "wrong establishment": any member of staff
 * may read it, only the directory's writers (healthcare managers, system clients) may change it.
 */
@IntegrationTest
class EstablishmentsIT {

    @LocalServerPort
    int port;

    @Autowired
    EstablishmentSeeding seeding;

    @Autowired
    Callers callers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEstablishmentIsInTheRecordAsOrganizationSiteAndPractice() {
        FhirHttp fhir = new FhirHttp(port).as("nurse.leeds");
        Bundle found = fhir.get("/Organization?identifier=" + EstablishmentCode.SYSTEM + "|LEI")
                .send()
                .resource(Bundle.class);
        assertThat(found.getEntry()).hasSize(1);
        Organization leeds = (Organization) found.getEntryFirstRep().getResource();
        assertThat(leeds.getIdElement().getIdPart()).isEqualTo("hmp-leeds");
        assertThat(leeds.getName()).isEqualTo("HMP Leeds");
        assertThat(leeds.getType())
                .extracting(t -> t.getCodingFirstRep().getCode())
                .containsExactly("prison", "adult-male", "north-east-and-yorkshire");
        assertThat(fhir.get("/Location/hmp-leeds")
                        .send()
                        .resource(Location.class)
                        .getManagingOrganization()
                        .getReference())
                .isEqualTo("Organization/hmp-leeds");
        assertThat(fhir.get("/Organization/hmp-leeds-healthcare").send().status())
                .isEqualTo(200);
        Organization oxleas = fhir.get("/Organization/provider-oxleas").send().resource(Organization.class);
        assertThat(oxleas.getIdentifier()).anyMatch(i -> i.getValue().equals("RPG"));
        int count = fhir.get("/Organization?identifier=" + EstablishmentCode.SYSTEM + "|&_summary=count")
                .send()
                .resource(Bundle.class)
                .getTotal();
        assertThat(count).isGreaterThan(120);
    }

    @Test
    void loadingTheCatalogueAgainChangesNothing() {
        FhirHttp fhir = new FhirHttp(port);
        String before = fhir.get("/Organization/hmp-manchester").send().header("ETag");
        assertThat(callers.asSystem("test", () -> seeding.seed(EstablishmentCatalogue.load())))
                .isZero();
        jdbc.sql("delete from establishment_seed where entry = 'establishment:MRI'")
                .update();
        assertThat(callers.asSystem("test", () -> seeding.seed(EstablishmentCatalogue.load())))
                .isEqualTo(1);
        assertThat(fhir.get("/Organization/hmp-manchester").send().header("ETag"))
                .isEqualTo(before);
    }

    @Test
    void aManagerAddsAnEstablishmentWithItsSiteAndPractice() {
        String code = "T" + (System.nanoTime() % 100_000);
        var response = new FhirHttp(port)
                .as("manager.leeds")
                .post("/Organization/$add-establishment", proposal(code, "HMP Test " + code, "prison"))
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Organization added = response.resource(Organization.class);
        assertThat(added.getIdElement().getIdPart()).isEqualTo("hmp-test-" + code.toLowerCase());
        FhirHttp fhir = new FhirHttp(port);
        assertThat(fhir.get("/Location/" + added.getIdElement().getIdPart())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(fhir.get("/Organization/" + added.getIdElement().getIdPart() + "-healthcare")
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void addingIsRefusedToTheAnonymousToOtherRolesAndForDuplicatesOrNonsense() {
        String code = "U" + (System.nanoTime() % 100_000);
        Parameters proposal = proposal(code, "HMP Refused " + code, "prison");
        FhirHttp fhir = new FhirHttp(port);
        assertThat(fhir.anonymous()
                        .post("/Organization/$add-establishment", proposal)
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(fhir.as("nurse.leeds")
                        .post("/Organization/$add-establishment", proposal)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(fhir.as("officer.leeds")
                        .post("/Organization/$add-establishment", proposal)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(fhir.post("/Organization/$add-establishment", proposal(code, "Bad kind", "castle"))
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(fhir.post("/Organization/$add-establishment", proposal("LEI", "HMP Leeds again", "prison"))
                        .send()
                        .status())
                .isEqualTo(409);
        assertThat(fhir.post("/Organization/$add-establishment", "{\"resourceType\":\"Patient\"}")
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(fhir.get("/Organization?identifier=" + EstablishmentCode.SYSTEM + "|" + code)
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .isEmpty();
    }

    @Test
    void aRetiredEstablishmentStaysRetiredWhenTheCatalogueIsLoadedAgain() {
        FhirHttp manager = new FhirHttp(port).as("manager.leeds");
        Parameters dartmoor = new Parameters();
        dartmoor.addParameter("code", "DAI");
        assertThat(new FhirHttp(port)
                        .as("gp.leeds")
                        .post("/Organization/$retire-establishment", dartmoor)
                        .send()
                        .status())
                .isEqualTo(403);
        var retired =
                manager.post("/Organization/$retire-establishment", dartmoor).send();
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.resource(Organization.class).getActive()).isFalse();
        jdbc.sql("delete from establishment_seed where entry = 'establishment:DAI'")
                .update();
        callers.asSystem("test", () -> seeding.seed(EstablishmentCatalogue.load()));
        FhirHttp fhir = new FhirHttp(port);
        assertThat(fhir.get("/Organization/hmp-dartmoor")
                        .send()
                        .resource(Organization.class)
                        .getActive())
                .isFalse();
        assertThat(fhir.get("/Location/hmp-dartmoor")
                        .send()
                        .resource(Location.class)
                        .getStatus())
                .isEqualTo(Location.LocationStatus.INACTIVE);
    }

    private static Parameters proposal(String code, String name, String kind) {
        Parameters parameters = new Parameters();
        parameters.addParameter("code", code);
        parameters.addParameter("name", name);
        parameters.addParameter("kind", kind);
        parameters.addParameter("population", "adult-male");
        parameters.addParameter("region", "london");
        parameters.addParameter("town", "London");
        return parameters;
    }
}
