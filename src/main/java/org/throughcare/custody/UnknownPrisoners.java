package org.throughcare.custody;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.hmpps.Inbox;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.Identification;
import org.throughcare.patient.PatientIdentity;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.WorkflowAccess;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.shared.PrisonNumber;

/**
 * The prison service's events waiting because nobody has a record with their prison number (ADR
 * 0056), resolved by staff who record movements at the event's establishment: they give the number
 * to the patient's record (one they may change) or register the person (matched as at reception, so
 * a possible duplicate still goes to review), and the events that waited are handled at once. The
 * record is changed as an internal job in their name.
 */
@Service
public class UnknownPrisoners {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Inbox inbox;
    private final PrisonEvents prisonEvents;
    private final PatientIdentity identity;
    private final Establishments establishments;
    private final WorkflowAccess access;
    private final Callers callers;
    private final TransactionTemplate transactions;

    UnknownPrisoners(
            Inbox inbox,
            PrisonEvents prisonEvents,
            PatientIdentity identity,
            Establishments establishments,
            WorkflowAccess access,
            Callers callers,
            TransactionTemplate transactions) {
        this.inbox = inbox;
        this.prisonEvents = prisonEvents;
        this.identity = identity;
        this.establishments = establishments;
        this.access = access;
        this.callers = callers;
        this.transactions = transactions;
    }

    /**
     * The event, waiting or not, when it happened at an establishment where the caller records
     * movements (else refused); an unknown key is not found.
     */
    public WaitingEvent event(String key) {
        WaitingEvent event = Optional.ofNullable(key)
                .filter(k -> KEY.matcher(k).matches())
                .flatMap(inbox::event)
                .orElseThrow(() -> RecordException.notFound("prison service event"));
        access.requireMovementsAt(event.establishment() == null ? "-" : event.establishment());
        return event;
    }

    /** Gives the patient's record the event's prison number and handles what waited for it. */
    public void link(String key, String patientId) {
        WaitingEvent event = waiting(key);
        Caller caller = access.requireWritable(patientId);
        PrisonNumber number = PrisonNumber.of(event.prisonNumber());
        callers.asSystem(
                "prison-event-link:" + caller.id(),
                () -> transactions.execute(status -> {
                    Optional<String> holder = identity.findByIdentifier(PrisonNumber.SYSTEM, number.value());
                    if (holder.isPresent() && !holder.get().equals(patientId)) {
                        throw new RecordException(
                                RecordException.Kind.CONFLICT,
                                "business-rule",
                                "This prison number is on another record already; its events are handled there");
                    }
                    if (holder.isEmpty()) {
                        identity.addPrisonNumber(patientId, number);
                    }
                    return null;
                }));
        prisonEvents.replay(number);
    }

    /**
     * Registers the person the event is about (they must carry its prison number), matched as at
     * reception, and handles what waited for the number.
     */
    public Identification register(String key, Demographics person) {
        WaitingEvent event = waiting(key);
        if (person.prisonNumber() == null || !person.prisonNumber().value().equals(event.prisonNumber())) {
            throw RecordException.invalid("The person registered must have the event's prison number");
        }
        Caller caller = callers.current().orElseThrow();
        Establishment at = establishments.require(EstablishmentCode.of(event.establishment()));
        Identification found = callers.asSystem(
                "prison-event-register:" + caller.id(),
                () -> transactions.execute(status -> identity.identify(person, at.id())));
        prisonEvents.replay(person.prisonNumber());
        return found;
    }

    private WaitingEvent waiting(String key) {
        WaitingEvent event = event(key);
        if (!event.unknownPrisoner() || event.prisonNumber() == null || !PrisonNumber.isValid(event.prisonNumber())) {
            throw new RecordException(
                    RecordException.Kind.CONFLICT, "business-rule", "This event is no longer waiting for a person");
        }
        return event;
    }
}
