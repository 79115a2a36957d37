package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.SearchHttp;

@IntegrationTest
class SearchResultsTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    SearchHttp search;
    String family;

    @BeforeEach
    void setUp() {
        fhir = new FhirHttp(port);
        search = new SearchHttp(fhir);
        family = "Res" + System.nanoTime();
    }

    private String patient(String given, String birthDate) {
        Patient patient = aPatient().withFamilyName(family).build();
        patient.getNameFirstRep().getGiven().clear();
        patient.getNameFirstRep().addGiven(given);
        patient.setBirthDateElement(new DateType(birthDate));
        return fhir.post("/Patient", patient).send().createdId();
    }

    @Test
    void sortsByOneOrSeveralParametersEitherWay() {
        String amy = patient("Amy", "1990-05-01");
        String ben = patient("Ben", "1980-01-01");
        String cal = patient("Cal", "1990-05-01");

        assertThat(search.ids("/Patient?family=" + family + "&_sort=birthdate")).containsExactly(ben, amy, cal);
        assertThat(search.ids("/Patient?family=" + family + "&_sort=-birthdate,-given"))
                .containsExactly(cal, amy, ben);
        assertThat(search.ids("/Patient?family=" + family + "&_sort=given")).containsExactly(amy, ben, cal);
        assertThat(search.ids("/Patient?family=" + family + "&_sort=-_lastUpdated"))
                .containsExactly(cal, ben, amy);
        assertThat(search.status("/Patient?_sort=favourite-colour")).isEqualTo(400);
    }

    @Test
    void pagesHoldEveryMatchOnceWhileOthersWrite() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            created.add(patient("P" + i, "2000-01-01"));
        }
        List<String> seen = new ArrayList<>();
        Bundle page = search.bundle("/Patient?family=" + family + "&_count=7&_sort=given");
        assertThat(page.getTotal()).isEqualTo(25);
        while (true) {
            seen.addAll(SearchHttp.matches(page));
            // New matching patients and edits arriving mid-way must not shift the pages.
            patient("A-late", "2000-01-01");
            if (page.getLink("next") == null) {
                break;
            }
            page = search.bundle(
                    page.getLink("next").getUrl().substring(fhir.base().length()));
        }

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
    }

    @Test
    void previousAndFirstLinksWalkBack() {
        for (int i = 0; i < 5; i++) {
            patient("Q" + i, "2000-01-01");
        }
        Bundle first = search.bundle("/Patient?family=" + family + "&_count=2&_sort=given");
        Bundle second = search.bundle(
                first.getLink("next").getUrl().substring(fhir.base().length()));
        Bundle back = search.bundle(
                second.getLink("previous").getUrl().substring(fhir.base().length()));

        assertThat(first.getLink("previous")).isNull();
        assertThat(SearchHttp.matches(back)).isEqualTo(SearchHttp.matches(first));
        assertThat(SearchHttp.matches(search.bundle(
                        second.getLink("first").getUrl().substring(fhir.base().length()))))
                .isEqualTo(SearchHttp.matches(first));
    }

    @Test
    void unknownOrForgedPagesAreRefusedClearly() {
        FhirResponse expired = fhir.get("/Patient?_page=6a4b8d3e-7a1c-4c1e-9f60-0a1b2c3d4e5f.0.10")
                .send();
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.outcome().getIssue().getFirst().getDiagnostics()).contains("run the search again");
        assertThat(search.status("/Patient?_page=garbage")).isEqualTo(400);
    }

    /**
     * ADR 0080: paging snapshots are unlogged (their first page waits for no disk), and they alone:
     * nothing of the record or the audit log may be lost in a database crash.
     */
    @Test
    void onlySearchSnapshotsAreUnlogged(@Autowired JdbcClient jdbc) {
        assertThat(jdbc.sql("select relname from pg_class where relpersistence = 'u' and relkind in ('r', 'p')")
                        .query(String.class)
                        .list())
                .containsExactly("search_snapshot");
    }

    @Test
    void totalsOnRequest() {
        for (int i = 0; i < 3; i++) {
            patient("T" + i, "2000-01-01");
        }

        assertThat(search.bundle("/Patient?family=" + family).getTotal()).isEqualTo(3);
        assertThat(search.bundle("/Patient?family=" + family + "&_total=none").hasTotal())
                .isFalse();
        assertThat(search.bundle("/Patient?family=" + family + "&_total=accurate&_count=1")
                        .getTotal())
                .isEqualTo(3);
        Bundle count = search.bundle("/Patient?family=" + family + "&_summary=count");
        assertThat(count.getTotal()).isEqualTo(3);
        assertThat(count.getEntry()).isEmpty();
        assertThat(search.status("/Patient?_total=lots")).isEqualTo(400);
    }

    @Test
    void unknownParametersAreIgnoredAndReportedOrRefusedWhenStrict() {
        String id = patient("U", "2000-01-01");

        Bundle lenient = search.bundle("/Patient?family=" + family + "&favourite-colour=blue");
        assertThat(SearchHttp.matches(lenient)).containsExactly(id);
        OperationOutcome warning = (OperationOutcome) lenient.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME)
                .findFirst()
                .orElseThrow()
                .getResource();
        assertThat(warning.getIssue().getFirst().getDiagnostics()).contains("favourite-colour");
        assertThat(lenient.getLink("self").getUrl()).doesNotContain("favourite-colour");

        FhirResponse strict = fhir.get("/Patient?family=" + family + "&favourite-colour=blue")
                .header("Prefer", "handling=strict")
                .send();
        assertThat(strict.status()).isEqualTo(400);
    }

    @Test
    void unsupportedModifiersAreAlwaysRefused() {
        assertThat(search.status("/Patient?family:sounds-like=smith")).isEqualTo(400);
        assertThat(search.status("/Observation?code:below=http://snomed.info/sct|404684003"))
                .isEqualTo(400);
    }

    @Test
    void postSearchTakesFormParameters() {
        String id = patient("Form", "2000-01-01");

        FhirResponse response = fhir.post("/Patient/_search", "family=" + family + "&given=form")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(SearchHttp.matches(response.resource(Bundle.class))).containsExactly(id);
    }

    @Test
    void elementsAndXmlApplyToSearchResults() {
        patient("Shape", "2000-01-01");

        Bundle shaped = search.bundle("/Patient?family=" + family + "&_elements=gender&_format=xml");
        Patient only = (Patient) shaped.getEntry().getFirst().getResource();
        assertThat(only.hasGender()).isTrue();
        assertThat(only.hasName()).isFalse();
    }
}
