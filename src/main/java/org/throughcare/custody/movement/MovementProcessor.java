package org.throughcare.custody.movement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementOutcome;
import org.throughcare.custody.establishment.EstablishmentDirectory;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;
import org.throughcare.shared.EstablishmentCode;

/**
 * Records a movement and brings the patient's custody resources up to date, inside the caller's
 * transaction and under a lock on the patient: the movement goes into the journal (once per source
 * and key: a repeated delivery stops here), every movement of the patient (and of records merged
 * into theirs) is folded into episodes, and the record is made to match.
 */
@Component
public class MovementProcessor {

    private final Journal journal;
    private final EpisodeProjection projection;
    private final ManagingOrganisation managing;
    private final RecordService record;
    private final EstablishmentDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    MovementProcessor(
            Journal journal,
            EpisodeProjection projection,
            ManagingOrganisation managing,
            RecordService record,
            EstablishmentDirectory directory,
            JdbcClient jdbc,
            Clock clock) {
        this.journal = journal;
        this.projection = projection;
        this.managing = managing;
        this.record = record;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The movement (its id is replaced by a new time-ordered one), from a source with its key. */
    public MovementOutcome process(Movement draft, String source, String sourceKey, String recordedBy) {
        lock(draft.patientId());
        long patientPk = record.patientKey(draft.patientId())
                .orElseThrow(() -> RecordException.notFound("Patient/" + draft.patientId()));
        Movement movement = new Movement(
                Journal.newId(clock.instant()),
                draft.patientId(),
                draft.kind(),
                draft.establishment(),
                draft.occurredAt(),
                draft.destination());
        if (!journal.record(movement, patientPk, source, sourceKey, clock.instant(), recordedBy)) {
            return new MovementOutcome(draft.patientId(), null, MovementOutcome.Outcome.DUPLICATE);
        }
        refold(draft.patientId());
        return new MovementOutcome(draft.patientId(), movement.id(), MovementOutcome.Outcome.RECORDED);
    }

    /**
     * Makes the patient's custody resources again from their journal (after a merge, say). A record
     * merged into another has none of its own: its movements belong to the record kept.
     */
    public void refold(String patientId) {
        lock(patientId);
        Patient patient = record.read(Patient.class, patientId);
        if (patient.getLink().stream().anyMatch(link -> link.getType() == Patient.LinkType.REPLACEDBY)) {
            return;
        }
        List<Episode> episodes = EpisodeFold.fold(journal.of(patientKeys(patient), patientId));
        EpisodeResources.Targets targets = targets(patientId);
        projection.project(episodes, targets);
        managing.follow(episodes, targets);
    }

    /** The patient's key and the keys of records merged into theirs. */
    private List<Long> patientKeys(Patient patient) {
        List<Long> keys = new ArrayList<>();
        record.patientKey(patient.getIdElement().getIdPart()).ifPresent(keys::add);
        patient.getLink().stream()
                .filter(link -> link.getType() == Patient.LinkType.REPLACES)
                .map(link -> link.getOther().getReferenceElement().getIdPart())
                .forEach(id -> record.patientKey(id).ifPresent(keys::add));
        return keys;
    }

    private EpisodeResources.Targets targets(String patientId) {
        return new EpisodeResources.Targets() {
            @Override
            public String patientId() {
                return patientId;
            }

            @Override
            public String establishmentId(EstablishmentCode code) {
                return directory
                        .find(code)
                        .map(Establishment::id)
                        .orElseThrow(() -> RecordException.invalid(
                                "Establishment " + code + " is not known; an administrator must add it first"));
            }
        };
    }

    private void lock(String patientId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("custody:" + patientId)
                .query(Object.class)
                .single();
    }
}
