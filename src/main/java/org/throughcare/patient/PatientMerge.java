package org.throughcare.patient;

import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.patient.merge.Merger;
import org.throughcare.patient.merge.Unmerger;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.WorkflowAccess;

/**
 * Merging two records of one person, and undoing it. A merge asked for directly needs the right to
 * change both records; one decided in the duplicate review (where matching, not the reviewer, chose
 * the pair) needs the right to change the record received, since the duplicate is often a record of
 * an earlier custody that nobody here may otherwise open. Either way a merge cannot be used to reach
 * a record of someone's choosing. The writes run as an internal job in the caller's name ({@code
 * throughcare:identity-merge:<user>} in the audit), in one transaction under locks on both
 * patients, or not at all.
 */
@Service
public class PatientMerge {

    private final Merger merger;
    private final Unmerger unmerger;
    private final WorkflowAccess access;
    private final Callers callers;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PatientMerge(
            Merger merger,
            Unmerger unmerger,
            WorkflowAccess access,
            Callers callers,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.events = events;
        this.merger = merger;
        this.unmerger = unmerger;
        this.access = access;
        this.callers = callers;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Merges the source record into the target; the reason (10-500 characters) is kept in the Provenance. */
    public MergeOutcome merge(String sourceId, String targetId, String reason) {
        access.requireWritable(targetId);
        return run(access.requireWritable(sourceId), sourceId, targetId, reason);
    }

    /** A merge decided in the review of a pair matching proposed: the caller may change the source. */
    MergeOutcome reviewedMerge(String sourceId, String targetId, String reason) {
        return run(access.requireWritable(sourceId), sourceId, targetId, reason);
    }

    private MergeOutcome run(Caller caller, String sourceId, String targetId, String reason) {
        String why = reason(reason);
        return asJob(caller, () -> {
            lock(sourceId, targetId);
            MergeOutcome outcome = merger.merge(sourceId, targetId, why, caller.id());
            events.publishEvent(new PatientsMerged(sourceId, targetId, false));
            return outcome;
        });
    }

    /** Undoes the merge recorded by this Provenance; the caller must be able to change the kept record. */
    public MergeOutcome unmerge(String mergeProvenanceId, String targetId, String reason) {
        Caller caller = access.requireWritable(targetId);
        String why = reason(reason);
        return asJob(caller, () -> {
            MergeOutcome outcome = unmerger.unmerge(mergeProvenanceId, targetId, why, caller.id());
            events.publishEvent(new PatientsMerged(outcome.sourceId(), outcome.targetId(), true));
            return outcome;
        });
    }

    private MergeOutcome asJob(Caller caller, java.util.function.Supplier<MergeOutcome> work) {
        return callers.asSystem("identity-merge:" + caller.id(), () -> transactions.execute(status -> work.get()));
    }

    private void lock(String... patientIds) {
        Stream.of(patientIds).sorted().forEach(id -> jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("patient-identity:" + id)
                .query(Object.class)
                .single());
    }

    private static String reason(String reason) {
        if (reason == null || reason.strip().length() < 10 || reason.length() > 500) {
            throw RecordException.invalid("A reason of 10 to 500 characters is required");
        }
        return reason.strip();
    }
}
