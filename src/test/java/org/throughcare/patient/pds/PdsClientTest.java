package org.throughcare.patient.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.throughcare.patient.PdsException;
import org.throughcare.patient.Sex;
import org.throughcare.patient.TracedPerson;
import org.throughcare.testing.LocalPds;

/** The PDS client against a local server answering in PDS's published response formats. */
class PdsClientTest {

    static LocalPds pds;
    static PdsClient client;

    @BeforeAll
    static void start() throws Exception {
        pds = new LocalPds();
        client = new PdsClient(
                new PdsProperties(pds.baseUrl(), "token", Duration.ofSeconds(5)), FhirContext.forR4Cached());
    }

    @AfterAll
    static void stop() {
        pds.close();
    }

    @Test
    void readsAPersonByNhsNumber() {
        TracedPerson person = client.read("9449306753");
        assertThat(person.nhsNumber()).isEqualTo("9449306753");
        assertThat(person.family()).isEqualTo("Ashworth");
        assertThat(person.given()).isEqualTo("Daniel");
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1979, 11, 3));
        assertThat(person.sex()).isEqualTo(Sex.MALE);
        assertThat(person.restricted()).isFalse();
        assertThat(person.address()).isEqualTo("14 Calder Terrace, Hunslet, Leeds, LS10 1AA");
        assertThat(person.gpOdsCode()).isEqualTo("B86011");
    }

    @Test
    void aRestrictedRecordNeverYieldsItsAddressOrGp() {
        TracedPerson person = client.read("9721234567");
        assertThat(person.restricted()).isTrue();
        assertThat(person.address()).isNull();
        assertThat(person.gpOdsCode()).isNull();
        assertThat(person.toString()).doesNotContain("Kowalczyk");
    }

    @Test
    void anUnknownNhsNumberIsNobodyNotAnError() {
        assertThat(client.read("9730000018")).isNull();
    }

    @Test
    void searchesByDemographicsWithScoresAndStripsRestrictedAddresses() {
        List<TracedPerson> found = client.search(Map.of("family", "Ashworth", "birthdate", "eq1979-11-03"));
        assertThat(found).extracting(TracedPerson::nhsNumber).containsExactly("9449306753", "9730000018");
        assertThat(found.get(1).score()).isEqualTo(0.8312);
        assertThat(found.get(1).restricted()).isTrue();
        assertThat(found.get(1).address()).isNull();
        assertThat(client.search(Map.of("family", "Nobody", "birthdate", "eq2000-01-01")))
                .isEmpty();
    }

    @Test
    void refusalsAndFailuresAreNamedWithoutThePerson() {
        assertThatThrownBy(() -> client.search(Map.of("family", "Smith", "birthdate", "eq1980-01-01")))
                .isInstanceOf(PdsException.class)
                .hasMessageContaining("TOO_MANY_MATCHES")
                .hasMessageNotContaining("Smith")
                .extracting(e -> ((PdsException) e).kind())
                .isEqualTo(PdsException.Kind.REFUSED);
        assertThatThrownBy(() -> client.read("9999999999"))
                .extracting(e -> ((PdsException) e).kind())
                .isEqualTo(PdsException.Kind.UNAVAILABLE);
    }

    @Test
    void everyRequestCarriesItsOwnRequestId() {
        int before = pds.requestIds().size();
        client.read("9449306753");
        client.read("9449306753");
        List<String> ids = pds.requestIds().subList(before, pds.requestIds().size());
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f-]{36}"));
    }

    @Test
    void withoutAnEndpointIdentitiesAreRecordedByHand() {
        PdsClient none = new PdsClient(new PdsProperties("", null, null), FhirContext.forR4Cached());
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.read("9449306753"))
                .extracting(e -> ((PdsException) e).kind())
                .isEqualTo(PdsException.Kind.NOT_CONFIGURED);
    }

    @Test
    void aServerThatIsNotThereIsUnavailable() {
        PdsClient gone = new PdsClient(
                new PdsProperties("http://127.0.0.1:9/nothing", null, Duration.ofSeconds(1)),
                FhirContext.forR4Cached());
        assertThatThrownBy(() -> gone.read("9449306753"))
                .extracting(e -> ((PdsException) e).kind())
                .isEqualTo(PdsException.Kind.UNAVAILABLE);
    }
}
