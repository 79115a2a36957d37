package org.throughcare.custody.worklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Task;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.TaskKind;
import org.throughcare.custody.Worklist.Action;
import org.throughcare.custody.Worklist.Entry;
import org.throughcare.custody.Worklist.Queue;
import org.throughcare.custody.Worklist.QueueKind;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.patient.IdentityReview;

/**
 * Turns what the record holds into worklist rows. A task counts only while its patient is still
 * in the stay it was opened for: work left open when a patient was transferred out belongs to the
 * establishment they went to, which opened its own on arrival.
 */
public final class WorklistQueues {

    /** A release plan is due 28 days before the release date (Summaries.RELEASE_PLAN_LEAD). */
    public static final Duration RELEASE_WINDOW = Duration.ofDays(28);

    private WorklistQueues() {}

    /** Patients whose stay began today (London). */
    public static Queue arrivals(List<Resident> residents, Instant startOfToday) {
        return new Queue(
                QueueKind.ARRIVALS_TODAY,
                "Arrivals today",
                residents.stream()
                        .filter(r -> !r.arrived().isBefore(startOfToday))
                        .sorted(Comparator.comparing(Resident::arrived))
                        .map(r -> new Entry(r.patient(), r.arrived(), false, r.admittedBy()))
                        .toList());
    }

    /** Open tasks of one kind for patients still in the stay they were opened for, soonest due first. */
    public static Queue tasks(
            QueueKind queue, String title, TaskKind kind, List<Task> tasks, Map<String, Resident> byStay, Instant now) {
        return new Queue(
                queue,
                title,
                tasks.stream()
                        .filter(task -> kind.code()
                                .equals(task.getCode().getCodingFirstRep().getCode()))
                        .filter(task -> byStay.containsKey(stayOf(task)))
                        .sorted(Comparator.comparing(WorklistQueues::due))
                        .map(task -> new Entry(
                                byStay.get(stayOf(task)).patient(),
                                due(task),
                                Deadlines.breached(due(task), now),
                                task.getPriority() == Task.TaskPriority.URGENT ? "Urgent" : null))
                        .toList());
    }

    /**
     * Patients with a release date in the next 28 days, soonest first; a plan not yet done is
     * overdue, since it was due 28 days before the date.
     */
    public static Queue releases(List<Task> plans, Map<String, Resident> byStay, Instant startOfToday, Instant now) {
        Instant until = now.plus(RELEASE_WINDOW);
        return new Queue(
                QueueKind.RELEASES_WITHIN_28_DAYS,
                "Releases in the next 28 days",
                plans.stream()
                        .filter(plan -> byStay.containsKey(stayOf(plan)))
                        .filter(plan -> !releaseDate(plan).isBefore(startOfToday)
                                && releaseDate(plan).isBefore(until))
                        .sorted(Comparator.comparing(WorklistQueues::releaseDate))
                        .map(plan -> new Entry(
                                byStay.get(stayOf(plan)).patient(),
                                releaseDate(plan),
                                !done(plan) && Deadlines.breached(due(plan), now),
                                done(plan) ? "Release plan done" : "Release plan not done"))
                        .toList());
    }

    /** Patients transferred out since the start of today, latest first. */
    public static Queue transfersOut(List<Departure> departures) {
        return new Queue(
                QueueKind.TRANSFERS_OUT_TODAY,
                "Transfers out today",
                departures.stream()
                        .filter(d -> MovementKind.TRANSFERRED_OUT.code().equals(d.leftBy()))
                        .sorted(Comparator.comparing(Departure::left).reversed())
                        .map(d -> new Entry(d.patient(), d.left(), false, null))
                        .toList());
    }

    /**
     * Possible duplicates raised for patients received here, oldest first; each opens its review
     * when the viewer may decide it.
     */
    public static Queue reviews(List<IdentityReview> reviews, Map<String, Resident> byPatient, boolean mayDecide) {
        return new Queue(
                QueueKind.DUPLICATE_REVIEWS,
                "Possible duplicate records to review",
                reviews.stream()
                        .filter(review -> byPatient.containsKey(review.patientId()))
                        .map(review -> new Entry(
                                byPatient.get(review.patientId()).patient(),
                                review.raisedAt(),
                                false,
                                review.score() == null
                                        ? "Identifiers disagree"
                                        : "Match score " + Math.round(review.score() * 100) / 100.0,
                                mayDecide ? new Action("/identity-reviews/" + review.id(), "Review") : null))
                        .toList());
    }

    /** The population by where they are: on site, at court, in hospital, on temporary release. */
    public static List<Queue> population(List<Resident> residents) {
        return List.of(
                where(residents, QueueKind.ON_SITE, "In the establishment", null),
                where(residents, QueueKind.AT_COURT, "At court", "court"),
                where(residents, QueueKind.IN_HOSPITAL, "In hospital", "hospital"),
                where(residents, QueueKind.ON_TEMPORARY_RELEASE, "On temporary release", "temporary-release"));
    }

    private static Queue where(List<Resident> residents, QueueKind kind, String title, String away) {
        return new Queue(
                kind,
                title,
                residents.stream()
                        .filter(r -> Objects.equals(r.away(), away))
                        .sorted(Comparator.comparing(r -> r.patient().displayName(), String.CASE_INSENSITIVE_ORDER))
                        .map(r -> new Entry(r.patient(), r.arrived(), false, r.awayAt()))
                        .toList());
    }

    private static String stayOf(Task task) {
        return task.getEncounter().getReferenceElement().getIdPart();
    }

    private static Instant due(Task task) {
        return task.getRestriction().getPeriod().getEnd().toInstant();
    }

    private static Instant releaseDate(Task plan) {
        return due(plan).plus(RELEASE_WINDOW);
    }

    private static boolean done(Task task) {
        return task.getStatus() == Task.TaskStatus.COMPLETED;
    }
}
