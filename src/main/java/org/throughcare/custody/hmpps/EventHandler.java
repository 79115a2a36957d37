package org.throughcare.custody.hmpps;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.MovementOutcome;
import org.throughcare.custody.establishment.EstablishmentDirectory;
import org.throughcare.custody.movement.MovementProcessor;
import org.throughcare.patient.IdentityReviews;
import org.throughcare.patient.PatientIdentity;
import org.throughcare.record.RecordService;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.shared.PrisonNumber;

/**
 * What an accepted event does, inside a transaction of the caller's internal job; settles the
 * event's state in the same transaction. A received or released event is a movement of the patient
 * with that prison number; a merge of prison numbers gives the record the surviving number, or, when
 * both numbers have records, puts the pair to identity review (never a silent merge).
 */
@Component
public class EventHandler {

    private final Inbox inbox;
    private final PatientIdentity identity;
    private final IdentityReviews reviews;
    private final MovementProcessor processor;
    private final EstablishmentDirectory directory;
    private final RecordService record;
    private final Clock clock;

    EventHandler(
            Inbox inbox,
            PatientIdentity identity,
            IdentityReviews reviews,
            MovementProcessor processor,
            EstablishmentDirectory directory,
            RecordService record,
            Clock clock) {
        this.inbox = inbox;
        this.identity = identity;
        this.reviews = reviews;
        this.processor = processor;
        this.directory = directory;
        this.record = record;
        this.clock = clock;
    }

    /** Handles the event and answers its state. */
    public String handle(HmppsEvent event) {
        Optional<String> patient = patientWith(event.prisonNumber());
        String state = event.type().equals(HmppsEvent.MERGED) ? merge(event, patient) : movement(event, patient);
        inbox.settle(
                event.key(),
                state,
                patient.flatMap(record::patientKey).orElse(null),
                patient.orElse(null),
                clock.instant());
        return state;
    }

    private String movement(HmppsEvent event, Optional<String> patient) {
        Optional<MovementKind> kind = event.movement();
        if (!event.type().equals(HmppsEvent.RECEIVED) && !event.type().equals(HmppsEvent.RELEASED)) {
            return "ignored";
        }
        if (kind.isEmpty() || event.establishment() == null) {
            return "unrecognised";
        }
        if (patient.isEmpty()) {
            return "unknown-prisoner";
        }
        EstablishmentCode at = new EstablishmentCode(event.establishment());
        if (directory.find(at).isEmpty()) {
            return "unknown-establishment";
        }
        Movement movement = new Movement("new", patient.get(), kind.get(), at, event.occurredAt(), null);
        MovementOutcome outcome = processor.process(movement, "hmpps", event.key(), "hmpps");
        return outcome.outcome() == MovementOutcome.Outcome.RECORDED ? "recorded" : "repeated";
    }

    private String merge(HmppsEvent event, Optional<String> kept) {
        Optional<String> removed = patientWith(event.removedPrisonNumber());
        if (removed.isEmpty()) {
            return "ignored";
        }
        if (kept.isEmpty()) {
            identity.addPrisonNumber(removed.get(), PrisonNumber.of(event.prisonNumber()));
            return "recorded";
        }
        if (!kept.get().equals(removed.get())) {
            reviews.raise(removed.get(), kept.get(), null, List.of("prison numbers: merged by the prison service"));
        }
        return "recorded";
    }

    private Optional<String> patientWith(String prisonNumber) {
        return prisonNumber == null ? Optional.empty() : identity.findByIdentifier(PrisonNumber.SYSTEM, prisonNumber);
    }
}
