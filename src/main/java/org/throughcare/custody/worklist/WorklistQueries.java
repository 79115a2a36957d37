package org.throughcare.custody.worklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import org.throughcare.custody.TaskKind;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.patient.PatientHeadline;
import org.throughcare.shared.CustodyStay;

/**
 * The record searches behind an establishment's worklists: who is in a stay there now and where
 * they are, its open tasks, its release plans and the stays that ended since a moment. Each is one
 * search of the record as the caller (ADR 0070).
 */
@Component
public class WorklistQueries {

    private static final String ABSENCES = String.join(
            ",",
            CustodyStay.CLASS_SYSTEM + "|court",
            CustodyStay.CLASS_SYSTEM + "|hospital",
            CustodyStay.CLASS_SYSTEM + "|temporary-release");

    private final WorklistSearch search;
    private final Clock clock;

    WorklistQueries(WorklistSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    /** What a worklist search found, and whether it is all of it (false past the ceiling). */
    public record Found<T>(List<T> rows, boolean complete) {

        public Found {
            rows = List.copyOf(rows);
        }
    }

    /** Patients in a stay at the establishment now, with where they are. */
    public Found<Resident> residents(String organisationId) {
        WorklistSearch.Results stays = search.search(
                "Encounter",
                List.of(
                        pair("class", CustodyStay.CLASS_SYSTEM + "|" + CustodyStay.STAY),
                        pair("status", "in-progress"),
                        pair("service-provider", "Organization/" + organisationId),
                        pair("_include", "Encounter:subject")));
        WorklistSearch.Results absences = search.search(
                "Encounter",
                List.of(
                        pair("class", ABSENCES),
                        pair("status", "in-progress"),
                        pair("service-provider", "Organization/" + organisationId)));
        Map<String, Encounter> away = absences.matches(Encounter.class).stream()
                .collect(Collectors.toMap(
                        e -> e.getPartOf().getReferenceElement().getIdPart(), e -> e, (a, b) -> a));
        Map<String, PatientHeadline> patients = headlines(stays.included(Patient.class));
        return new Found<>(
                stays.matches(Encounter.class).stream()
                        .filter(stay -> patients.containsKey(subject(stay))
                                && stay.getPeriod().hasStart())
                        .map(stay -> resident(stay, patients.get(subject(stay)), away.get(stay.getIdPart())))
                        .toList(),
                stays.complete() && absences.complete());
    }

    /** The establishment's open tasks. */
    public Found<Task> openTasks(String organisationId) {
        return dated(search.search(
                "Task",
                List.of(pair("owner", "Organization/" + organisationId), pair("status", "requested,in-progress"))));
    }

    /** A patient's open tasks, wherever they are owned, soonest due first. */
    public List<Task> openTasksOf(String patientId) {
        return search
                .search(
                        "Task",
                        List.of(pair("patient", "Patient/" + patientId), pair("status", "requested,in-progress")))
                .matches(Task.class)
                .stream()
                .filter(task -> task.getRestriction().getPeriod().hasEnd())
                .sorted(java.util.Comparator.comparing(
                        (Task t) -> t.getRestriction().getPeriod().getEnd()))
                .toList();
    }

    /** The establishment's release plans, done or not (each names its stay). */
    public Found<Task> releasePlans(String organisationId) {
        return dated(search.search(
                "Task",
                List.of(
                        pair("owner", "Organization/" + organisationId),
                        pair("code", TaskKind.RELEASE_PLAN.system() + "|" + TaskKind.RELEASE_PLAN.code()))));
    }

    /**
     * Tasks with a deadline and a stay: custody opens every task so, but the record also takes
     * Tasks from API clients, and a list must not fail on one that lacks them.
     */
    private static Found<Task> dated(WorklistSearch.Results tasks) {
        return new Found<>(
                tasks.matches(Task.class).stream()
                        .filter(task -> task.getRestriction().getPeriod().hasEnd()
                                && task.getEncounter().hasReference())
                        .toList(),
                tasks.complete());
    }

    /** Stays at the establishment that ended at or after the moment. */
    public Found<Departure> departedSince(String organisationId, Instant since) {
        WorklistSearch.Results stays = search.search(
                "Encounter",
                List.of(
                        pair("class", CustodyStay.CLASS_SYSTEM + "|" + CustodyStay.STAY),
                        pair("status", "finished"),
                        pair("service-provider", "Organization/" + organisationId),
                        pair("date", "ge" + since),
                        pair("_include", "Encounter:subject")));
        Map<String, PatientHeadline> patients = headlines(stays.included(Patient.class));
        return new Found<>(
                stays.matches(Encounter.class).stream()
                        .filter(stay -> patients.containsKey(subject(stay))
                                && stay.getPeriod().hasEnd())
                        .filter(stay -> !stay.getPeriod().getEnd().toInstant().isBefore(since))
                        .map(stay -> new Departure(
                                patients.get(subject(stay)),
                                stay.getPeriod().getEnd().toInstant(),
                                stay.getHospitalization()
                                        .getDischargeDisposition()
                                        .getCodingFirstRep()
                                        .getCode()))
                        .toList(),
                stays.complete());
    }

    private Resident resident(Encounter stay, PatientHeadline patient, Encounter absence) {
        String admitted = Optional.of(stay.getHospitalization().getAdmitSource().getCodingFirstRep())
                .map(c -> c.getDisplay())
                .orElse(null);
        return new Resident(
                patient,
                stay.getIdPart(),
                stay.getPeriod().getStart().toInstant(),
                admitted,
                absence == null ? null : absence.getClass_().getCode(),
                absence == null || !absence.hasLocation()
                        ? null
                        : absence.getLocationFirstRep().getLocation().getDisplay());
    }

    private Map<String, PatientHeadline> headlines(List<Patient> patients) {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.LONDON));
        Map<String, PatientHeadline> byId = new HashMap<>();
        patients.forEach(p -> byId.put(p.getIdPart(), PatientHeadline.of(p, java.util.Collections.emptyMap(), today)));
        return byId;
    }

    private static String subject(Encounter encounter) {
        return encounter.getSubject().getReferenceElement().getIdPart();
    }

    private static String[] pair(String name, String value) {
        return new String[] {name, value};
    }
}
