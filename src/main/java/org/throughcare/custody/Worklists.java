package org.throughcare.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;
import org.throughcare.custody.Worklist.Queue;
import org.throughcare.custody.Worklist.QueueKind;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.custody.worklist.Departure;
import org.throughcare.custody.worklist.Resident;
import org.throughcare.custody.worklist.WorklistQueries;
import org.throughcare.custody.worklist.WorklistQueries.Found;
import org.throughcare.custody.worklist.WorklistQueues;
import org.throughcare.patient.IdentityReview;
import org.throughcare.patient.IdentityReviews;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.Permissions;
import org.throughcare.shared.EstablishmentCode;

/**
 * An establishment's worklists (ADR 0070): today's arrivals, the early-days work with its deadlines
 * (NICE NG57 1.1.1, QS156 statements 1 and 2, BBV offers within 72 hours), transfers out today,
 * releases in the next 28 days, the population by where they are, and the queues of possible
 * duplicates and the prison service's events waiting for a person. Only for clinical staff who
 * work at the establishment; every read goes through the record as them, so the access guard
 * narrows it and the audit records each patient shown.
 */
@Service
public class Worklists {

    private static final int QUEUE_LIMIT = 500;

    private final WorklistQueries queries;
    private final Establishments establishments;
    private final IdentityReviews reviews;
    private final PrisonEvents prisonEvents;
    private final Callers callers;
    private final Clock clock;

    Worklists(
            WorklistQueries queries,
            Establishments establishments,
            IdentityReviews reviews,
            PrisonEvents prisonEvents,
            Callers callers,
            Clock clock) {
        this.queries = queries;
        this.establishments = establishments;
        this.reviews = reviews;
        this.prisonEvents = prisonEvents;
        this.callers = callers;
        this.clock = clock;
    }

    /** The worklists of an establishment the caller works at; refused (403) for anyone else. */
    public Worklist of(EstablishmentCode code) {
        requireClinicianAt(code);
        Establishment establishment = establishments.require(code);
        Instant now = clock.instant();
        Instant startOfToday = now.atZone(Deadlines.LONDON)
                .toLocalDate()
                .atStartOfDay(Deadlines.LONDON)
                .toInstant();
        Found<Resident> found = queries.residents(establishment.id());
        Found<Task> open = queries.openTasks(establishment.id());
        Found<Departure> departed = queries.departedSince(establishment.id(), startOfToday);
        Found<Task> plans = queries.releasePlans(establishment.id());
        List<Resident> residents = found.rows();
        Map<String, Resident> byStay = index(residents, Resident::stayId);
        List<Task> tasks = open.rows();
        List<Queue> queues = new ArrayList<>();
        queues.add(WorklistQueues.arrivals(residents, startOfToday));
        queues.add(task(
                QueueKind.FIRST_SCREENS,
                "First reception screens not done",
                TaskKind.FIRST_RECEPTION_SCREEN,
                tasks,
                byStay,
                now));
        queues.add(task(QueueKind.NEXT_DOSES, "Next doses to make sure of", TaskKind.NEXT_DOSE, tasks, byStay, now));
        queues.add(task(
                QueueKind.MEDICINES_RECONCILIATIONS,
                "Medicines reconciliations due",
                TaskKind.MEDICINES_RECONCILIATION,
                tasks,
                byStay,
                now));
        queues.add(task(
                QueueKind.SECOND_STAGE_ASSESSMENTS,
                "Second-stage assessments due",
                TaskKind.SECOND_STAGE_ASSESSMENT,
                tasks,
                byStay,
                now));
        queues.add(task(
                QueueKind.BBV_TEST_OFFERS,
                "Blood-borne virus test offers due",
                TaskKind.BBV_TEST_OFFER,
                tasks,
                byStay,
                now));
        queues.add(WorklistQueues.transfersOut(departed.rows()));
        queues.add(WorklistQueues.releases(plans.rows(), byStay, startOfToday, now));
        Map<String, Resident> byPatient = index(residents, r -> r.patient().id());
        List<IdentityReview> raised = reviews.openFor(byPatient.keySet(), QUEUE_LIMIT);
        queues.add(WorklistQueues.reviews(raised, byPatient, reviews.mayDecide()));
        List<WaitingEvent> waiting = prisonEvents.waitingAt(code, QUEUE_LIMIT);
        // A queue read to its limit may hold more: the page must say so rather than cut it off.
        boolean complete = found.complete()
                && open.complete()
                && departed.complete()
                && plans.complete()
                && raised.size() < QUEUE_LIMIT
                && waiting.size() < QUEUE_LIMIT;
        return new Worklist(establishment.name(), now, queues, WorklistQueues.population(residents), waiting, complete);
    }

    private static Queue task(
            QueueKind queue, String title, TaskKind kind, List<Task> tasks, Map<String, Resident> byStay, Instant now) {
        return WorklistQueues.tasks(queue, title, kind, tasks, byStay, now);
    }

    private void requireClinicianAt(EstablishmentCode code) {
        Caller.Staff staff = callers.current()
                .filter(Caller.Staff.class::isInstance)
                .map(Caller.Staff.class::cast)
                .filter(Permissions::mayReadPatientRecords)
                .orElseThrow(() -> RecordException.forbidden("Your role does not use worklists"));
        if (!staff.establishments().contains(code.value())) {
            throw RecordException.forbidden("You do not work at establishment " + code);
        }
    }

    private static Map<String, Resident> index(List<Resident> residents, Function<Resident, String> key) {
        return residents.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a));
    }
}
