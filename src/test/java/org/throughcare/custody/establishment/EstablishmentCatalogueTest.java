package org.throughcare.custody.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.EstablishmentKind;
import org.throughcare.custody.NhsRegion;
import org.throughcare.custody.Population;
import org.throughcare.shared.EstablishmentCode;

class EstablishmentCatalogueTest {

    private final List<Establishment> catalogue = EstablishmentCatalogue.load().establishments();

    @Test
    void holdsEveryKindOfPlaceOfDetentionInEngland() {
        assertThat(catalogue).hasSizeGreaterThan(120);
        assertThat(catalogue).extracting(Establishment::kind).contains(EstablishmentKind.values());
        assertThat(catalogue).extracting(Establishment::region).contains(NhsRegion.values());
    }

    @Test
    void namesRealEstablishmentsByTheirNomisCodes() {
        assertThat(byCode("LEI").name()).isEqualTo("HMP Leeds");
        assertThat(byCode("LEI").id()).isEqualTo("hmp-leeds");
        assertThat(byCode("MRI").name()).isEqualTo("HMP Manchester");
        assertThat(byCode("WYI").kind()).isEqualTo(EstablishmentKind.YOI);
        assertThat(byCode("STI").population()).isEqualTo(Population.ADULT_FEMALE);
    }

    @Test
    void codesAndIdsAreUnique() {
        assertThat(catalogue).extracting(e -> e.code().value()).doesNotHaveDuplicates();
        assertThat(catalogue).extracting(Establishment::id).doesNotHaveDuplicates();
        assertThat(catalogue).extracting(Establishment::practiceId).doesNotHaveDuplicates();
    }

    @Test
    void anEstablishmentSurvivesTheRoundTripThroughItsOrganization() {
        for (Establishment establishment : catalogue) {
            Organization organization = EstablishmentResources.organization(establishment);
            assertThat(EstablishmentResources.establishment(organization)).isEqualTo(establishment);
        }
    }

    @Test
    void theSiteLocationIsManagedByTheEstablishmentAndRetiresWithIt() {
        Establishment leeds = byCode("LEI");
        Location site = EstablishmentResources.location(leeds);
        assertThat(site.getManagingOrganization().getReference()).isEqualTo("Organization/hmp-leeds");
        assertThat(site.getStatus()).isEqualTo(Location.LocationStatus.ACTIVE);
        assertThat(EstablishmentResources.location(leeds.retired()).getStatus())
                .isEqualTo(Location.LocationStatus.INACTIVE);
    }

    @Test
    void theGpPracticeBelongsToTheKnownHealthcareProvider() {
        Organization practice = EstablishmentResources.practice(byCode("BAI"));
        assertThat(practice.getPartOf().getReference()).isEqualTo("Organization/provider-oxleas");
        assertThat(EstablishmentResources.practice(byCode("LEI")).hasPartOf()).isFalse();
    }

    @Test
    void refusesMalformedEstablishments() {
        assertThatThrownBy(() -> EstablishmentCode.of("no spaces allowed"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Establishment(
                        null,
                        EstablishmentCode.of("XYZ"),
                        " ",
                        EstablishmentKind.PRISON,
                        Population.ADULT_MALE,
                        NhsRegion.LONDON,
                        null,
                        null,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Establishment(
                        null,
                        EstablishmentCode.of("XYZ"),
                        "HMP Test",
                        EstablishmentKind.PRISON,
                        Population.ADULT_MALE,
                        NhsRegion.LONDON,
                        null,
                        "../../etc",
                        true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreReadableSlugsOfTheName() {
        assertThat(Establishment.idFor("HMP Peterborough (women)")).isEqualTo("hmp-peterborough-women");
        assertThat(Establishment.idFor("Yarl's Wood IRC")).isEqualTo("yarl-s-wood-irc");
    }

    private Establishment byCode(String code) {
        return catalogue.stream()
                .filter(e -> e.code().value().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
