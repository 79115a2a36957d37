package org.throughcare.custody;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.hmpps.EventHandler;
import org.throughcare.custody.hmpps.HmppsEvent;
import org.throughcare.custody.hmpps.Inbox;
import org.throughcare.patient.PatientIdentity;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.WorkflowAccess;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.shared.PrisonNumber;

/**
 * The prison service's domain events (ADR 0056), delivered at least once and in any order. Each is
 * kept in the inbox before anything else happens, so nothing acknowledged is lost; a repeat of one
 * already kept changes nothing; then it is handled in its own transaction. One that cannot be
 * handled yet waits (unknown prison number, unknown establishment, unrecognised reason) and is
 * handled when it can be; one that failed is retried.
 */
@Service
public class PrisonEvents {

    private static final Logger log = LoggerFactory.getLogger(PrisonEvents.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Inbox inbox;
    private final EventHandler handler;
    private final PatientIdentity identity;
    private final WorkflowAccess access;
    private final Callers callers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PrisonEvents(
            Inbox inbox,
            EventHandler handler,
            PatientIdentity identity,
            WorkflowAccess access,
            Callers callers,
            TransactionTemplate transactions,
            Clock clock) {
        this.inbox = inbox;
        this.handler = handler;
        this.identity = identity;
        this.access = access;
        this.callers = callers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What became of an event: its key, its state, and whether it had been accepted before. */
    public record Accepted(String key, String state, boolean repeat) {}

    /** Accepts an event from a system client allowed to record movements. */
    public Accepted accept(String body) {
        Caller caller = callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
        if (!(caller instanceof Caller.SystemClient)) {
            throw RecordException.forbidden("Prison service events come from systems, not people");
        }
        HmppsEvent event;
        try {
            event = HmppsEvent.parse(body);
        } catch (IllegalArgumentException e) {
            throw RecordException.invalid(e.getMessage());
        }
        access.requireMovementsAt(event.establishment() == null ? "-" : event.establishment());
        if (!inbox.accept(event, clock.instant())) {
            return new Accepted(event.key(), inbox.state(event.key()).orElse("pending"), true);
        }
        return new Accepted(event.key(), handle(event, "hmpps-events:" + caller.id()), false);
    }

    /** Events the caller's establishments must resolve by hand (all of them for a system client). */
    public List<WaitingEvent> waiting(int count) {
        Caller caller = callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
        List<String> establishments = caller instanceof Caller.Staff staff ? staff.establishments() : null;
        return inbox.waiting(establishments, pageSize(count));
    }

    /**
     * Events one establishment must resolve by hand, oldest first: for its worklist, whose caller
     * has been checked to work there.
     */
    public List<WaitingEvent> waitingAt(EstablishmentCode establishment, int count) {
        return inbox.waiting(List.of(establishment.value()), pageSize(count));
    }

    /** Between 1 and 500 events a call. */
    private static int pageSize(int count) {
        return Math.max(1, Math.min(count, 500));
    }

    /** Handles the events that waited for this prison number, now that a record has it. */
    void replay(PrisonNumber prisonNumber) {
        inbox.waitingFor(prisonNumber.value()).forEach(event -> handle(event, "hmpps-events:replay"));
    }

    /** Retries events left pending or failed, and those whose prison number a record has now. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void sweep() {
        inbox.retryable(clock.instant().minus(RETRY_AFTER), 100).forEach(event -> handle(event, "hmpps-events:retry"));
        callers.asSystem("hmpps-events:sweep", () -> {
            inbox.unknownPrisonNumbers(50).stream()
                    .filter(number -> identity.findByIdentifier(PrisonNumber.SYSTEM, number)
                            .isPresent())
                    .forEach(number -> replay(PrisonNumber.of(number)));
            return null;
        });
    }

    private String handle(HmppsEvent event, String job) {
        try {
            String state = callers.asSystem(job, () -> transactions.execute(status -> handler.handle(event)));
            if (HmppsEvent.MERGED.equals(event.type()) && "recorded".equals(state)) {
                replay(PrisonNumber.of(event.prisonNumber()));
            }
            return state;
        } catch (RuntimeException e) {
            // Kept, and tried again by the sweep; the class only: messages may quote the event.
            log.warn(
                    "HMPPS event {} could not be handled yet: {}",
                    event.key(),
                    e.getClass().getSimpleName());
            inbox.failed(event.key(), clock.instant());
            return "failed";
        }
    }
}
