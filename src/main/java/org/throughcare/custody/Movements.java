package org.throughcare.custody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.movement.MovementProcessor;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.Identification;
import org.throughcare.patient.PatientIdentity;
import org.throughcare.patient.PatientsMerged;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.WorkflowAccess;
import org.throughcare.shared.EstablishmentCode;

/**
 * Recording movements (ADR 0055): the policy decides whether the caller may record movements at the
 * establishment (ADR 0051); then, as an internal job in their name, the movement is recorded and the
 * patient's custody episodes remade, all in one transaction. Recording the same movement again
 * (the same key from the same source) changes nothing.
 */
@Service
public class Movements {

    /** How far ahead of our clock a movement may say it happened (clocks differ a little). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MovementProcessor processor;
    private final PatientIdentity identity;
    private final Establishments establishments;
    private final WorkflowAccess access;
    private final Callers callers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PrisonEvents prisonEvents;

    Movements(
            MovementProcessor processor,
            PatientIdentity identity,
            Establishments establishments,
            WorkflowAccess access,
            Callers callers,
            TransactionTemplate transactions,
            Clock clock,
            PrisonEvents prisonEvents) {
        this.prisonEvents = prisonEvents;
        this.processor = processor;
        this.identity = identity;
        this.establishments = establishments;
        this.access = access;
        this.callers = callers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records a movement of a patient already in the record. Staff must work at the establishment
     * and have the patient in their care now (a transfer in from elsewhere is a {@link #receive}).
     */
    public MovementOutcome record(Movement movement, String idempotencyKey) {
        Caller caller = access.requireMovementsAt(movement.establishment().value());
        if (caller instanceof Caller.Staff) {
            access.requireInCare(movement.patientId());
        }
        check(movement.establishment(), movement.occurredAt());
        return asJob(
                caller, () -> processor.process(movement, source(caller), key(caller, idempotencyKey), caller.id()));
    }

    /**
     * Receives a person into an establishment: finds their record by identifier or makes one, with
     * possible duplicates put to review (PatientIdentity), and records the reception.
     */
    public Reception receive(
            Demographics person, EstablishmentCode at, MovementKind kind, Instant occurredAt, String idempotencyKey) {
        if (kind.direction() != MovementKind.Direction.IN) {
            throw RecordException.invalid("A reception must be a received or returned movement");
        }
        Caller caller = access.requireMovementsAt(at.value());
        Establishment establishment = check(at, occurredAt);
        Reception reception = asJob(caller, () -> {
            Identification found = identity.identify(person, establishment.id());
            Movement movement = new Movement("new", found.patientId(), kind, at, occurredAt, null);
            MovementOutcome outcome =
                    processor.process(movement, source(caller), key(caller, idempotencyKey), caller.id());
            return new Reception(found, outcome);
        });
        if (person.prisonNumber() != null) {
            // The prison service's events that waited for this prison number, each in its own transaction.
            prisonEvents.replay(person.prisonNumber());
        }
        return reception;
    }

    /** A merge moves the merged record's custody history to the record kept; an unmerge moves it back. */
    @EventListener
    void on(PatientsMerged merged) {
        processor.refold(merged.targetId());
        if (merged.undone()) {
            processor.refold(merged.sourceId());
        }
    }

    private Establishment check(EstablishmentCode code, Instant occurredAt) {
        Establishment establishment = establishments
                .find(code)
                .filter(Establishment::active)
                .orElseThrow(() -> RecordException.invalid("Establishment " + code + " is not known or is retired"));
        if (occurredAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw RecordException.invalid("A movement cannot be recorded before it happens");
        }
        return establishment;
    }

    private <T> T asJob(Caller caller, java.util.function.Supplier<T> work) {
        return callers.asSystem("movement:" + caller.id(), () -> transactions.execute(status -> work.get()));
    }

    private static String source(Caller caller) {
        return caller instanceof Caller.Staff ? "staff" : "system:" + caller.id();
    }

    /** Without a key from the client every request is a new movement. */
    private String key(Caller caller, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw RecordException.invalid("An idempotency key must be 1 to 100 characters");
        }
        return idempotencyKey != null
                ? caller.id() + ":" + idempotencyKey
                : java.util.UUID.randomUUID().toString();
    }

    /** A person received: how they were identified, and the reception recorded. */
    public record Reception(Identification identification, MovementOutcome movement) {}
}
