package org.throughcare.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.patient.review.ReviewTable;
import org.throughcare.patient.view.ClinicalText;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordAccessGuard;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.Permissions;
import org.throughcare.security.WorkflowAccess;

/**
 * The duplicate review queue: pairs of records matching proposed as possibly one person. Staff see
 * the reviews of patients they may see (the record's own access predicate); deciding needs the
 * right to change the record received. "Same person" merges the received record into the earlier
 * one (PatientMerge); "different people" closes the review, and the pair is never raised again.
 */
@Service
public class IdentityReviews {

    /** What a reviewer decided. */
    public enum Decision {
        SAME_PERSON("same-person"),
        DIFFERENT_PEOPLE("different-people");

        private final String code;

        Decision(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Decision ofCode(String code) {
            return find(code)
                    .orElseThrow(() -> RecordException.invalid("decision must be same-person or different-people"));
        }

        /** The decision with this code, if it is one. */
        public static Optional<Decision> find(String code) {
            for (Decision decision : values()) {
                if (decision.code.equals(code)) {
                    return Optional.of(decision);
                }
            }
            return Optional.empty();
        }
    }

    private final ReviewTable table;
    private final RecordService record;
    private final RecordAccessGuard guard;
    private final WorkflowAccess access;
    private final PatientMerge merge;
    private final Callers callers;
    private final Clock clock;
    private final TransactionTemplate transactions;

    IdentityReviews(
            ReviewTable table,
            RecordService record,
            RecordAccessGuard guard,
            WorkflowAccess access,
            PatientMerge merge,
            Callers callers,
            Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.table = table;
        this.record = record;
        this.guard = guard;
        this.access = access;
        this.merge = merge;
        this.callers = callers;
        this.clock = clock;
    }

    /** Puts the pair to review, once; the caller is whoever received the patient. */
    public void raise(String patientId, String candidateId, Double score, List<String> reasons) {
        long patientPk =
                record.patientKey(patientId).orElseThrow(() -> RecordException.notFound("Patient/" + patientId));
        long candidatePk =
                record.patientKey(candidateId).orElseThrow(() -> RecordException.notFound("Patient/" + candidateId));
        String by = callers.current().map(caller -> caller.id()).orElse("unknown");
        table.raise(
                new ReviewTable.Pair(patientPk, patientId, candidatePk, candidateId),
                score,
                reasons,
                clock.instant(),
                by);
    }

    /** Open reviews of patients the caller may see (of one patient, when given), oldest first. */
    public List<IdentityReview> open(String patientId, int count) {
        return openFor(patientId == null ? null : List.of(patientId), count);
    }

    /**
     * Open reviews of these patients (all the caller may see when null), oldest first: a worklist
     * asks for its residents', so reviews elsewhere never use up its count.
     */
    public List<IdentityReview> openFor(Collection<String> patientIds, int count) {
        RecordAccess listing = guard.open(Interaction.SEARCH, "Patient");
        List<Object> parameters = new ArrayList<>();
        String predicate = listing.patientPredicate("r.patient_pk", parameters);
        List<IdentityReview> open = table.open(
                predicate,
                parameters,
                patientIds == null ? null : patientIds.toArray(String[]::new),
                Math.max(1, Math.min(count, 500)));
        listing.complete();
        return open;
    }

    /** Whether the caller's role may decide reviews (change identities); the record is checked on use. */
    public boolean mayDecide() {
        return callers.current()
                .filter(caller -> Permissions.allows(caller, Interaction.UPDATE, "Patient"))
                .isPresent();
    }

    /**
     * The review with both records' demographics and identifiers, for a reviewer who may decide it
     * (the right to change the record received; otherwise refused as for any record outside their
     * care). The earlier record is often one nobody here may otherwise open, so both are read as an
     * internal job in the reviewer's name ({@code identity-review:<user>} in the audit), and only
     * their Patient resources: no clinical entry is shown before the decision.
     */
    public ReviewComparison comparison(UUID id) {
        IdentityReview review = table.find(id).orElseThrow(() -> RecordException.notFound("identity review " + id));
        // Once merged, the record received is inactive and its stay is the kept record's: a decided
        // review is checked against the record kept.
        Caller caller = access.requireWritable(review.decision() == null ? review.patientId() : keptOf(review));
        LocalDate today = LocalDate.now(clock.withZone(ClinicalText.LONDON));
        return callers.asSystem(
                "identity-review:" + caller.id(),
                () -> new ReviewComparison(
                        review, headline(review.patientId(), today), headline(review.candidateId(), today)));
    }

    static String keptOf(IdentityReview review) {
        return Decision.SAME_PERSON.code().equals(review.decision()) ? review.candidateId() : review.patientId();
    }

    private PatientHeadline headline(String patientId, LocalDate today) {
        Patient patient = record.read(Patient.class, patientId);
        Map<String, String> establishments = new HashMap<>();
        if (patient.getManagingOrganization().getReferenceElement().hasIdPart()) {
            String reference = patient.getManagingOrganization().getReference();
            Organization organisation = record.read(
                    Organization.class,
                    patient.getManagingOrganization().getReferenceElement().getIdPart());
            establishments.put(reference, organisation.getName());
        }
        return PatientHeadline.of(patient, establishments, today);
    }

    /** Decides an open review; a merge needs a reason of 10 to 500 characters. */
    public IdentityReview decide(UUID id, Decision decision, String note) {
        IdentityReview review = table.find(id).orElseThrow(() -> RecordException.notFound("identity review " + id));
        access.requireWritable(review.patientId());
        String by = callers.current().map(caller -> caller.id()).orElseThrow();
        return transactions.execute(status -> {
            // Decided first, so a second decision finds it taken before anything is merged.
            if (!table.decide(id, decision.code(), note, clock.instant(), by)) {
                throw new RecordException(RecordException.Kind.CONFLICT, "conflict", "This review was already decided");
            }
            if (decision == Decision.SAME_PERSON) {
                merge.reviewedMerge(review.patientId(), review.candidateId(), note);
            }
            return table.find(id).orElseThrow();
        });
    }
}
