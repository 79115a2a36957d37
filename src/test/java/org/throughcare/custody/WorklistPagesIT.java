package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.custody.CustodyFixtures.wholeList;
import static org.throughcare.custody.ScreenPagesIT.section;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.security.StaffRole;
import org.throughcare.security.account.StaffAccounts;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestRecords;
import org.throughcare.testing.WebSession;

/**
 * Worklists longer than the worklists page shows: the page shows the first rows of each list and
 * says how many there are in all, and the whole list pages through every row. At HMP Wakefield,
 * where no other test receives anyone.
 */
@IntegrationTest
class WorklistPagesIT {

    private static final String NURSE = "worklist.nurse.wakefield";
    private static final String PASSWORD = "wakefield-worklist-secret-7";
    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)\\s*</h3>");
    private static final Pattern ROW = Pattern.compile("data-testid=\"worklist-row\" data-patient=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void aListLongerThanThePageShowsSaysHowManyInAllAndTheWholeListHasEveryRow() {
        accounts.createIfMissing(NURSE, "Wren Wakefield (nurse)", StaffRole.NURSE, List.of("WDI"), null, PASSWORD);
        FhirHttp prisonService = new FhirHttp(port);
        List<String> arrived = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            arrived.add(receive(
                    prisonService,
                    reception(
                            uniquePrisonNumber(),
                            TestRecords.uniqueFamilyName("Paging"),
                            "WDI",
                            "received-new",
                            Instant.now().minusSeconds(600 + i))));
        }
        WebSession nurse = signedIn();

        String page = nurse.get("/worklists").body();
        String arrivals = section(page, "queue-arrivals_today");
        Matcher count = COUNT.matcher(arrivals);
        assertThat(count.find()).isTrue();
        int total = Integer.parseInt(count.group(1)); // 27, and any left by earlier runs on this database
        assertThat(total).isGreaterThanOrEqualTo(27);
        assertThat(ids(arrivals)).hasSize(25);
        assertThat(arrivals)
                .contains("Showing 1 to 25 of <strong>" + total + "</strong>")
                .contains("href=\"/worklists/arrivals_today\"");
        assertThat(section(page, "at-a-glance")).contains(">" + total + "<");

        List<String> whole = ids(wholeList(nurse, "arrivals_today"));
        assertThat(whole).hasSize(total).doesNotHaveDuplicates().containsAll(arrived);
        String first = nurse.get("/worklists/arrivals_today").body();
        assertThat(first).contains("Arrivals today");
        assertThat(first.contains("data-testid=\"pagination\"")).isEqualTo(total > 100);
    }

    @Test
    void aListOrPageThatIsNotThereIsNotFound() {
        accounts.createIfMissing(NURSE, "Wren Wakefield (nurse)", StaffRole.NURSE, List.of("WDI"), null, PASSWORD);
        WebSession nurse = signedIn();

        for (String path : List.of(
                "/worklists/no_such_list",
                "/worklists/ARRIVALS_TODAY",
                "/worklists/arrivals_today?page=0",
                "/worklists/arrivals_today?page=-1",
                "/worklists/arrivals_today?page=abc",
                "/worklists/arrivals_today?page=99999",
                "/worklists/on_site?page=1%27%20or%201=1")) {
            assertThat(nurse.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(WebSession.signedIn(port, "officer.leeds")
                        .get("/worklists/on_site")
                        .statusCode())
                .isEqualTo(403);
    }

    private WebSession signedIn() {
        WebSession session = WebSession.anonymous(port);
        session.get("/sign-in");
        session.post("/sign-in", java.util.Map.of("username", NURSE, "password", PASSWORD));
        session.get("/accessibility");
        return session;
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }
}
