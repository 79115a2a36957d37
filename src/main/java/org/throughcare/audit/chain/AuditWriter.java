package org.throughcare.audit.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the chain on this node. Requests hand it rows and wait; it takes everything
 * waiting, numbers and chains the rows from the last one it wrote, and appends them in one
 * autocommitted statement that succeeds only if no other node appended meanwhile (else it chains
 * again from the new head); then it releases the waiters. Pending rows of committed writes are
 * moved in a transaction under a lock shared by every node. One commit serves many requests.
 */
@Component
public class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int MAX_BATCH = 1000;

    private final AuditTable table;
    private final TransactionTemplate transactions;
    private final LinkedBlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean pendingWaiting = new AtomicBoolean(true);
    private volatile boolean running;
    /** The last row this writer appended, or null when it must be read from the database. */
    private AuditRow head;

    private Thread thread;

    private final boolean waitForDisk;

    AuditWriter(
            AuditTable table,
            TransactionTemplate transactions,
            @org.springframework.beans.factory.annotation.Value("${throughcare.audit.wait-for-disk:true}")
                    boolean waitForDisk) {
        this.table = table;
        this.transactions = transactions;
        this.waitForDisk = waitForDisk;
    }

    /** Queues rows for the chain; the future completes once they are committed. */
    public CompletableFuture<Void> submit(List<AuditRow> rows) {
        Submission submission = new Submission(rows, new CompletableFuture<>());
        queue.add(submission);
        return submission.done();
    }

    /** Pending rows of a committed write are waiting to be chained. */
    public void pendingCommitted() {
        pendingWaiting.set(true);
        queue.add(new Submission(List.of(), new CompletableFuture<>()));
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Submission first = queue.poll(1, TimeUnit.SECONDS);
                List<Submission> batch = new ArrayList<>();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH);
                }
                boolean takePending = pendingWaiting.getAndSet(false) || first == null;
                write(batch, takePending);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<Submission> batch, boolean takePending) {
        try {
            boolean morePending = takePending || !waitForDisk ? inTransaction(batch, takePending) : fast(batch);
            batch.forEach(submission -> submission.done().complete(null));
            if (morePending) {
                pendingWaiting.set(true);
            }
        } catch (RuntimeException e) {
            log.error(
                    "Audit rows could not be written ({}); the requests waiting for them fail",
                    e.getClass().getName());
            batch.forEach(submission -> submission.done().completeExceptionally(e));
            head = null;
            pendingWaiting.set(true);
        }
    }

    /**
     * Reads only: one autocommitted statement that appends after the head this writer last wrote,
     * and fails (to be chained again) if another node appended meanwhile.
     */
    private boolean fast(List<Submission> batch) {
        List<AuditRow> rows = rowsOf(batch, List.of());
        for (int attempt = 0; attempt < 5 && !rows.isEmpty(); attempt++) {
            AuditRow from = head != null ? head : table.head();
            List<AuditRow> chained = chain(from, rows);
            if (table.appendAfter(from.seq(), chained)) {
                head = chained.getLast();
                return false;
            }
            warnIfTruncated(from);
            head = null;
        }
        return inTransaction(batch, false);
    }

    /** The log is shorter than this writer left it: rows at its end were deleted (tampering). */
    private void warnIfTruncated(AuditRow lastWritten) {
        AuditRow now = table.head();
        if (now.seq() < lastWritten.seq()) {
            log.error(
                    "AUDIT LOG TRUNCATED: this node appended up to row {}, the log now ends at row {}",
                    lastWritten.seq(),
                    now.seq());
        }
    }

    /** Pending rows of writes are taken and chained in one transaction, under the chain lock. */
    private boolean inTransaction(List<Submission> batch, boolean takePending) {
        Integer pending = transactions.execute(status -> {
            if (!waitForDisk) {
                table.commitWithoutWaitingForDisk();
            }
            table.lockChain();
            List<AuditRow> taken = takePending ? table.takePending(MAX_BATCH) : List.of();
            List<AuditRow> rows = rowsOf(batch, taken);
            if (!rows.isEmpty()) {
                List<AuditRow> chained = chain(table.head(), rows);
                table.append(chained);
                head = chained.getLast();
            }
            return taken.size();
        });
        return pending != null && pending == MAX_BATCH;
    }

    private static List<AuditRow> rowsOf(List<Submission> batch, List<AuditRow> pending) {
        List<AuditRow> rows = new ArrayList<>(pending);
        batch.forEach(submission -> rows.addAll(submission.rows()));
        return rows;
    }

    private static List<AuditRow> chain(AuditRow from, List<AuditRow> rows) {
        List<AuditRow> chained = new ArrayList<>(rows.size());
        long seq = from.seq();
        byte[] previous = from.hash();
        for (AuditRow row : rows) {
            AuditRow next = row.chained(++seq, previous);
            chained.add(next);
            previous = next.hash();
        }
        return chained;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("audit-writer").daemon(false).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        queue.add(new Submission(List.of(), new CompletableFuture<>()));
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (so in-flight requests still get their audit) and before the database. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private record Submission(List<AuditRow> rows, CompletableFuture<Void> done) {}
}
