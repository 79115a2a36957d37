package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.custody.CustodyFixtures.movement;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.custody.CustodyFixtures.wholeList;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.throughcare.custody.Worklist.Entry;
import org.throughcare.custody.Worklist.QueueKind;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.CallerAuthentication;
import org.throughcare.security.SmartScopes;
import org.throughcare.security.StaffRole;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.WebSession;

/**
 * Worklists from movement to row: each establishment's staff see their own patients' work with its
 * deadlines and breaches, never another establishment's; roles without clinical access are refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorklistsIT {

    private static final EstablishmentCode LEEDS = EstablishmentCode.of("LEI");
    private static final EstablishmentCode MANCHESTER = EstablishmentCode.of("MRI");

    @LocalServerPort
    int port;

    @Autowired
    Worklists worklists;

    String arrivedToday;
    String arrivedLastWeek;
    String atManchester;
    String transferred;
    String released;

    @BeforeAll
    void patientsAtLeedsAndManchester() {
        FhirHttp leeds = new FhirHttp(port).as("nurse.leeds");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        arrivedToday = receive(
                leeds, reception(uniquePrisonNumber(), "Worklistone", "LEI", "received-new", now.minusSeconds(60)));
        arrivedLastWeek = receive(
                leeds,
                reception(uniquePrisonNumber(), "Worklisttwo", "LEI", "received-new", now.minus(Duration.ofDays(8))));
        atManchester = receive(
                new FhirHttp(port).as("nurse.manchester"),
                reception(uniquePrisonNumber(), "Worklistthree", "MRI", "received-new", now.minusSeconds(120)));
        transferred = receive(
                leeds,
                reception(uniquePrisonNumber(), "Worklistfour", "LEI", "received-new", now.minus(Duration.ofDays(2))));
        leeds.post(
                        "/Patient/" + transferred + "/$record-movement",
                        movement("transferred-out", "LEI", now.minusSeconds(30)))
                .send();
        released = receive(
                leeds,
                reception(uniquePrisonNumber(), "Worklistfive", "LEI", "received-new", now.minus(Duration.ofDays(3))));
        assertThat(leeds.post(
                                "/Patient/" + released + "/$record-movement",
                                movement("released", "LEI", now.minusSeconds(20)))
                        .send()
                        .status())
                .isEqualTo(200);
        // A Task from an API client with a custody code but no deadline and no stay: lists must not fail on it.
        org.hl7.fhir.r4.model.Task undated = new org.hl7.fhir.r4.model.Task();
        undated.setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED);
        undated.setIntent(org.hl7.fhir.r4.model.Task.TaskIntent.ORDER);
        undated.getCode().addCoding().setSystem(TaskKind.SYSTEM).setCode(TaskKind.FIRST_RECEPTION_SCREEN.code());
        undated.setFor(new org.hl7.fhir.r4.model.Reference("Patient/" + arrivedToday));
        undated.setOwner(new org.hl7.fhir.r4.model.Reference("Organization/hmp-leeds"));
        assertThat(new FhirHttp(port).post("/Task", undated).send().status()).isEqualTo(201);
    }

    @Test
    void anArrivalTodayIsOnTheArrivalsAndFirstScreenListsOfItsEstablishmentOnly() {
        Worklist leeds = as(staff("nurse.leeds", StaffRole.NURSE, "LEI"), () -> worklists.of(LEEDS));
        Worklist manchester = as(staff("nurse.manchester", StaffRole.NURSE, "MRI"), () -> worklists.of(MANCHESTER));

        assertThat(patients(leeds, QueueKind.ARRIVALS_TODAY))
                .contains(arrivedToday)
                .doesNotContain(arrivedLastWeek);
        assertThat(patients(leeds, QueueKind.FIRST_SCREENS)).contains(arrivedToday, arrivedLastWeek);
        assertThat(patients(leeds, QueueKind.ON_SITE)).contains(arrivedToday, arrivedLastWeek);
        assertThat(everyPatient(leeds)).doesNotContain(atManchester);
        assertThat(patients(manchester, QueueKind.ARRIVALS_TODAY)).contains(atManchester);
        assertThat(everyPatient(manchester)).doesNotContain(arrivedToday, arrivedLastWeek);
    }

    @Test
    void workPastItsDeadlineIsABreachAndWorkStillInTimeIsNot() {
        Worklist leeds = as(staff("nurse.leeds", StaffRole.NURSE, "LEI"), () -> worklists.of(LEEDS));

        assertThat(entry(leeds, QueueKind.SECOND_STAGE_ASSESSMENTS, arrivedLastWeek)
                        .overdue())
                .isTrue();
        assertThat(entry(leeds, QueueKind.BBV_TEST_OFFERS, arrivedLastWeek).overdue())
                .isTrue();
        assertThat(entry(leeds, QueueKind.FIRST_SCREENS, arrivedLastWeek).overdue())
                .isTrue();
        assertThat(entry(leeds, QueueKind.SECOND_STAGE_ASSESSMENTS, arrivedToday)
                        .overdue())
                .isFalse();
        assertThat(entry(leeds, QueueKind.MEDICINES_RECONCILIATIONS, arrivedToday)
                        .when())
                .isAfter(Instant.now().plus(Duration.ofDays(6)));
        assertThat(leeds.queue(QueueKind.SECOND_STAGE_ASSESSMENTS).overdue()).isPositive();
    }

    @Test
    void aPatientTransferredOutLeavesTheWorkAndIsOnTransfersOutToday() {
        Worklist leeds = as(staff("nurse.leeds", StaffRole.NURSE, "LEI"), () -> worklists.of(LEEDS));

        assertThat(patients(leeds, QueueKind.TRANSFERS_OUT_TODAY)).contains(transferred);
        assertThat(patients(leeds, QueueKind.FIRST_SCREENS)).doesNotContain(transferred);
        assertThat(patients(leeds, QueueKind.ON_SITE)).doesNotContain(transferred);
    }

    @Test
    void aPatientReleasedTodayWhoseRecordNoLongerNamesAnEstablishmentLeavesEveryListWithoutBreakingIt() {
        Worklist leeds = as(staff("nurse.leeds", StaffRole.NURSE, "LEI"), () -> worklists.of(LEEDS));

        assertThat(released).isNotNull();
        assertThat(everyPatient(leeds)).doesNotContain(released);
    }

    @Test
    void staffAreRefusedAnotherEstablishmentsWorklistAndRolesWithoutClinicalAccessAnyWorklist() {
        assertRefused(staff("nurse.manchester", StaffRole.NURSE, "MRI"), LEEDS);
        assertRefused(staff("officer.leeds", StaffRole.PRISON_OFFICER, "LEI"), LEEDS);
        assertRefused(staff("commissioner", StaffRole.COMMISSIONER), LEEDS);
        assertRefused(staff("caldicott", StaffRole.CALDICOTT_GUARDIAN), LEEDS);
    }

    @Test
    void theWorklistPageShowsTheWorkingEstablishmentsRowsWithBreachesAndLinksToThePatient() {
        WebSession leedsNurse = WebSession.signedIn(port, "nurse.leeds");
        WebSession manchesterNurse = WebSession.signedIn(port, "nurse.manchester");
        HttpResponse<String> leeds = leedsNurse.get("/worklists");

        assertThat(leeds.statusCode()).isEqualTo(200);
        assertThat(leeds.body())
                .contains("HMP Leeds")
                .contains("nhsuk-tag--red")
                .contains("Transfers out today")
                .doesNotContain("WORKLISTTHREE");
        // Each list on the worklists page shows its first rows; the whole list has every one.
        assertThat(wholeList(leedsNurse, "arrivals_today"))
                .contains("WORKLISTONE")
                .contains("href=\"/patients/" + arrivedToday + "\"")
                .doesNotContain("WORKLISTTHREE");
        assertThat(leeds.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(wholeList(manchesterNurse, "arrivals_today"))
                .contains("WORKLISTTHREE")
                .doesNotContain("WORKLISTONE");
    }

    @Test
    void theWorklistPageIsRefusedToRolesWithoutClinicalAccessAndToAnonymousCallers() {
        for (String user : List.of("officer.leeds", "commissioner", "caldicott")) {
            HttpResponse<String> page = WebSession.signedIn(port, user).get("/worklists");
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).doesNotContain("WORKLISTONE");
        }
        HttpResponse<String> anonymous = WebSession.anonymous(port).get("/worklists");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/sign-in");
    }

    @Test
    void aHubClinicianWorkingAtNoEstablishmentHasNoWorklist() {
        HttpResponse<String> page = WebSession.signedIn(port, "hub.gp").get("/worklists");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("you are not working at one").doesNotContain("WORKLISTONE");
    }

    private void assertRefused(Caller.Staff staff, EstablishmentCode code) {
        assertThatThrownBy(() -> as(staff, () -> worklists.of(code)))
                .as(staff.username())
                .isInstanceOfSatisfying(
                        RecordException.class, e -> assertThat(e.kind()).isEqualTo(RecordException.Kind.FORBIDDEN));
    }

    private static Caller.Staff staff(String username, StaffRole role, String... establishments) {
        return new Caller.Staff(
                username, username, role, List.of(establishments), null, SmartScopes.parse("user/*.cruds"));
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller, null));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<String> patients(Worklist worklist, QueueKind kind) {
        List<Worklist.Queue> all = new java.util.ArrayList<>(worklist.queues());
        all.addAll(worklist.population());
        return all.stream()
                .filter(q -> q.kind() == kind)
                .flatMap(q -> q.entries().stream())
                .map(e -> e.patient().id())
                .toList();
    }

    private static List<String> everyPatient(Worklist worklist) {
        return java.util.stream.Stream.concat(worklist.queues().stream(), worklist.population().stream())
                .flatMap(q -> q.entries().stream())
                .map(e -> e.patient().id())
                .toList();
    }

    private static Entry entry(Worklist worklist, QueueKind kind, String patientId) {
        return worklist.queue(kind).entries().stream()
                .filter(e -> e.patient().id().equals(patientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " has no row for " + patientId));
    }
}
