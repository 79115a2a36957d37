package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.custody.reception.CustodyTasks;
import org.throughcare.custody.reception.ScreenQuestionnaires;
import org.throughcare.security.Callers;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/** Reception and the early days: deadlines on arrival, the first screen's facts, the order of the work. */
@IntegrationTest
class ReceptionIT {

    @LocalServerPort
    int port;

    @Test
    void anArrivalPutsTheEarlyDaysWorkOnTheListWithItsDeadlines() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        Instant arrived = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String patient = receive(nurse, reception(uniquePrisonNumber(), "Ibbotson", "LEI", "received-new", arrived));
        Map<String, Task> tasks = tasks(nurse, patient);
        assertThat(tasks)
                .containsKeys(
                        "first-reception-screen",
                        "medicines-reconciliation",
                        "second-stage-assessment",
                        "bbv-test-offer");
        assertThat(due(tasks.get("second-stage-assessment"))).isEqualTo(arrived.plus(Duration.ofDays(7)));
        assertThat(due(tasks.get("bbv-test-offer"))).isEqualTo(arrived.plus(Duration.ofHours(72)));
        assertThat(tasks.get("first-reception-screen").getOwner().getReference())
                .isEqualTo("Organization/hmp-leeds");
    }

    /**
     * Hazard H80: work open at an establishment for someone who has left is closed (a missed deadline
     * kept as a breach), the receiving establishment has its own, and a stay that turns out not to
     * have ended gets its work back.
     */
    @Test
    void leavingClosesTheOpenWorkOfTheStayKeepingBreachesAndTheReceiverHasItsOwn(
            @Autowired CustodyTasks custodyTasks, @Autowired Callers callers) {
        FhirHttp system = new FhirHttp(port);
        String prisonNumber = uniquePrisonNumber();
        Instant arrived = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String patient =
                receive(system.as("nurse.leeds"), reception(prisonNumber, "Jessop", "LEI", "received-new", arrived));
        assertThat(system.post(
                                "/Patient/" + patient + "/$record-movement",
                                CustodyFixtures.movement("transferred-out", "LEI", arrived.plus(3, ChronoUnit.DAYS)))
                        .send()
                        .status())
                .isEqualTo(200);

        Map<String, Task> leeds = tasksOwnedBy(system, patient, "hmp-leeds");
        assertThat(leeds.values()).allSatisfy(task -> {
            assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
            assertThat(task.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("patient-left");
        });
        // The first screen was due on the day of arrival, the second stage within 7 days.
        assertThat(leeds.get("first-reception-screen").getBusinessStatus().getText())
                .isEqualTo("breached: not done before the patient left");
        assertThat(leeds.get("second-stage-assessment").getBusinessStatus().getText())
                .isEqualTo("not done: the patient left");

        receive(
                system.as("nurse.manchester"),
                reception(prisonNumber, "Jessop", "MRI", "received-transfer", arrived.plus(3, ChronoUnit.DAYS)));
        assertThat(tasks(system, patient).values())
                .extracting(task -> task.getOwner().getReference())
                .containsOnly("Organization/hmp-manchester")
                .isNotEmpty();

        Task screen = leeds.get("first-reception-screen");
        callers.asSystem("test", () -> {
            custodyTasks.open(
                    org.throughcare.custody.TaskKind.FIRST_RECEPTION_SCREEN,
                    patient,
                    screen.getEncounter().getReferenceElement().getIdPart(),
                    "hmp-leeds",
                    arrived,
                    screen.getRestriction().getPeriod().getEnd().toInstant());
            return null;
        });
        assertThat(tasksOwnedBy(system, patient, "hmp-leeds")
                        .get("first-reception-screen")
                        .getStatus())
                .isEqualTo(Task.TaskStatus.REQUESTED);
    }

    @Test
    void theFirstScreensAnswersBecomeFactsAlertsAndReferralsLinkedToIt() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        String patient = receive(
                nurse,
                reception(
                        uniquePrisonNumber(),
                        "Jessop",
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(3600)));
        QuestionnaireResponse screen = screen(Map.of(
                "on-medicines", new BooleanType(true),
                "medicine", new StringType("Levetiracetam 500 mg twice a day, last taken 08:00"),
                "epilepsy", new BooleanType(true),
                "opiate-dependence", new BooleanType(true),
                "allergies", new BooleanType(true),
                "allergy-substance", new StringType("Penicillin"),
                "location", new Coding(ScreenQuestionnaires.ROUTING, "detox-unit", "detox unit")));
        FhirResponse answered =
                nurse.post("/Patient/" + patient + "/$reception-screen", screen).send();
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Parameters outcome = answered.resource(Parameters.class);
        assertThat(outcome.getParameter("routed-to").getValue().primitiveValue())
                .isEqualTo("detox-unit");
        List<String> created = outcome.getParameter().stream()
                .filter(p -> p.getName().equals("created"))
                .map(p -> ((org.hl7.fhir.r4.model.Reference) p.getValue()).getReference())
                .toList();
        assertThat(created)
                .anyMatch(r -> r.startsWith("Condition/"))
                .anyMatch(r -> r.startsWith("AllergyIntolerance/"))
                .anyMatch(r -> r.startsWith("MedicationStatement/"))
                .anyMatch(r -> r.startsWith("Flag/"))
                .anyMatch(r -> r.startsWith("ServiceRequest/"));
        String conditions = nurse.get("/Condition?patient=Patient/" + patient + "&code=http://snomed.info/sct|84757009")
                .send()
                .body();
        assertThat(conditions).contains("QuestionnaireResponse/");
        assertThat(nurse.get("/Provenance?target=" + created.getFirst())
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .hasSize(1);
        assertThat(tasks(nurse, patient)).doesNotContainKey("first-reception-screen");
        String officerView = new FhirHttp(port)
                .as("officer.leeds")
                .get("/Flag?patient=Patient/" + patient)
                .send()
                .body();
        assertThat(officerView).contains("Located on arrival").doesNotContain("Epilepsy");
    }

    @Test
    void theSecondStageWaitsForTheMedicinesReconciliation() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        String patient = receive(
                nurse,
                reception(
                        uniquePrisonNumber(),
                        "Kemble",
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(7200)));
        QuestionnaireResponse second = new QuestionnaireResponse();
        second.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        second.addItem().setLinkId("long-term-conditions-reviewed").addAnswer().setValue(new BooleanType(true));
        second.addItem()
                .setLinkId("bbv-test")
                .addAnswer()
                .setValue(new Coding(ScreenQuestionnaires.REFERRALS, "accepted", "accepted"));
        assertThat(nurse.post("/Patient/" + patient + "/$second-stage-assessment", second)
                        .send()
                        .status())
                .isEqualTo(409);
        assertThat(nurse.post("/Patient/" + patient + "/$medicines-reconciled", new Parameters())
                        .send()
                        .status())
                .isEqualTo(200);
        FhirResponse done = nurse.post("/Patient/" + patient + "/$second-stage-assessment", second)
                .send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(tasks(nurse, patient))
                .doesNotContainKeys("medicines-reconciliation", "second-stage-assessment", "bbv-test-offer");
    }

    @Test
    void answersTheFormDoesNotAskForAreRefusedAndNothingIsStored() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        String patient = receive(
                nurse,
                reception(
                        uniquePrisonNumber(),
                        "Lisle",
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(600)));
        String path = "/Patient/" + patient + "/$reception-screen";
        assertThat(nurse.post(path, screen(Map.of("favourite-colour", new StringType("blue"))))
                        .send()
                        .status())
                .isEqualTo(422);
        assertThat(nurse.post(path, screen(Map.of("epilepsy", new StringType("yes"))))
                        .send()
                        .status())
                .isEqualTo(422);
        QuestionnaireResponse missing = screen(Map.of());
        missing.getItem().removeIf(item -> item.getLinkId().equals("allergies"));
        assertThat(nurse.post(path, missing).send().status()).isEqualTo(422);
        assertThat(nurse.post(path, new Parameters()).send().status()).isEqualTo(400);
        assertThat(new FhirHttp(port)
                        .as("nurse.manchester")
                        .post(path, screen(Map.of()))
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(new FhirHttp(port)
                        .as("pharmacist")
                        .post(path, screen(Map.of()))
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(nurse.get("/QuestionnaireResponse?patient=Patient/" + patient)
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .isEmpty();
    }

    @Test
    void arrivingWithoutTheMedicinesThatShouldHaveTravelledRaisesAnAlertAndAnUrgentTask() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.manchester");
        String patient = receive(
                nurse,
                reception(
                        uniquePrisonNumber(),
                        "Mowbray",
                        "MRI",
                        "received-transfer",
                        Instant.now().minusSeconds(900)));
        Parameters note = new Parameters();
        note.addParameter("note", "Transfer summary lists lamotrigine; none in property");
        assertThat(nurse.post("/Patient/" + patient + "/$arrived-without-medicines", note)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(tasks(nurse, patient)).containsKey("next-dose");
        assertThat(nurse.get("/Flag?patient=Patient/" + patient).send().body()).contains("Arrived without medicines");
    }

    /** A completed first screen: the answers given, and "no" to allergies unless answered. */
    private static QuestionnaireResponse screen(Map<String, Type> answers) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        answers.forEach((linkId, value) ->
                response.addItem().setLinkId(linkId).addAnswer().setValue(value));
        if (!answers.containsKey("allergies")) {
            response.addItem().setLinkId("allergies").addAnswer().setValue(new BooleanType(false));
        }
        if (!answers.containsKey("on-medicines")) {
            response.addItem().setLinkId("on-medicines").addAnswer().setValue(new BooleanType(false));
        }
        if (!answers.containsKey("location")) {
            response.addItem()
                    .setLinkId("location")
                    .addAnswer()
                    .setValue(new Coding(ScreenQuestionnaires.ROUTING, "first-night-centre", "first night centre"));
        }
        return response;
    }

    /** The patient's open tasks by code. */
    private static Map<String, Task> tasks(FhirHttp fhir, String patientId) {
        return tasksByCode(fhir, "/Task?patient=Patient/" + patientId + "&status=requested");
    }

    /** The patient's tasks owned by an establishment, whatever their status, by code. */
    private static Map<String, Task> tasksOwnedBy(FhirHttp fhir, String patientId, String organisationId) {
        return tasksByCode(fhir, "/Task?patient=Patient/" + patientId + "&owner=Organization/" + organisationId);
    }

    private static Map<String, Task> tasksByCode(FhirHttp fhir, String search) {
        return fhir.get(search).send().resource(Bundle.class).getEntry().stream()
                .map(entry -> (Task) entry.getResource())
                .collect(Collectors.toMap(t -> t.getCode().getCodingFirstRep().getCode(), t -> t, (a, b) -> a));
    }

    private static Instant due(Task task) {
        return task.getRestriction().getPeriod().getEnd().toInstant();
    }
}
