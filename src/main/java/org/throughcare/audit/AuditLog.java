package org.throughcare.audit;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.chain.AuditRow;
import org.throughcare.audit.chain.AuditTable;
import org.throughcare.audit.chain.AuditWriter;
import org.throughcare.audit.event.AuditEvents;
import org.throughcare.shared.TransactionScoped;

/**
 * Writes audit records durably before the caller goes on. Inside a database transaction (every
 * write to the record) the rows are inserted in that transaction, all together just before it
 * commits, so the change and its audit commit or vanish together; outside one (reads) the call
 * returns once the chain writer has committed them. Either way nothing is answered whose audit
 * could still be lost.
 */
@Service
public class AuditLog {

    private static final long WAIT_SECONDS = 10;

    private final AuditEvents events;
    private final AuditTable table;
    private final AuditWriter writer;

    private final TransactionTemplate independent;

    AuditLog(AuditEvents events, AuditTable table, AuditWriter writer, PlatformTransactionManager transactions) {
        this.events = events;
        this.table = table;
        this.writer = writer;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Records one event; see the class comment for when it is durable. */
    public void record(AuditRecord record) {
        record(List.of(record));
    }

    /** Records events; throws {@link AuditUnavailableException} when they could not be written. */
    public void record(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<AuditRow> rows = records.stream().map(this::row).toList();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            pendingInTransaction().add(rows);
            return;
        }
        await(rows);
    }

    /**
     * Records events through the chain writer and waits, whatever becomes of the caller's
     * transaction: for refusals, which must stay on record although the request is rolled back.
     */
    public void recordIndependently(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<AuditRow> rows = records.stream().map(this::row).toList();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Appended on a connection of its own: on the caller's, the rollback of the refused
            // request would take the audit row with it (and leave the chain head behind).
            independent.executeWithoutResult(status -> await(rows));
            return;
        }
        await(rows);
    }

    /**
     * The rows of the current transaction, inserted together just before it commits: a transaction
     * Bundle of a hundred entries inserts its hundred audit rows in one statement.
     */
    private PendingRows pendingInTransaction() {
        return TransactionScoped.get(this, PendingRows::new);
    }

    /** Audit rows waiting for their transaction's commit. */
    private final class PendingRows implements TransactionSynchronization {

        private final List<AuditRow> rows = new ArrayList<>();
        private boolean inserted;

        void add(List<AuditRow> more) {
            if (inserted) {
                table.insertPending(more);
            } else {
                rows.addAll(more);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            inserted = true;
            if (!rows.isEmpty()) {
                table.insertPending(rows);
            }
        }

        @Override
        public void afterCommit() {
            writer.pendingCommitted();
        }
    }

    private void await(List<AuditRow> rows) {
        try {
            writer.submit(rows).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException();
        } catch (ExecutionException | TimeoutException e) {
            throw new AuditUnavailableException();
        }
    }

    private AuditRow row(AuditRecord record) {
        AuditRecord exact = withRecorded(record);
        return new AuditRow(
                0,
                exact.recorded(),
                exact.patientId(),
                exact.agent().id(),
                exact.kind().action(),
                exact.outcome().code(),
                exact.kind().subtype(),
                events.json(exact),
                null,
                null);
    }

    /** PostgreSQL keeps microseconds; the hash must cover exactly what is stored. */
    private static AuditRecord withRecorded(AuditRecord r) {
        return new AuditRecord(
                r.recorded().truncatedTo(ChronoUnit.MICROS),
                r.kind(),
                r.outcome(),
                r.agent(),
                r.sourceAddress(),
                r.purposeOfUse(),
                r.patientId(),
                r.entities(),
                r.query(),
                r.description());
    }
}
