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
 * waiting (and the pending rows of committed writes), numbers and chains them under a lock shared
 * by every node, inserts them in one statement and commits once, then releases the waiters. One
 * commit serves many requests, so auditing every read costs little throughput.
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
    private Thread thread;

    AuditWriter(AuditTable table, TransactionTemplate transactions) {
        this.table = table;
        this.transactions = transactions;
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
            Integer pendingLeft = transactions.execute(status -> chain(batch, takePending));
            batch.forEach(submission -> submission.done().complete(null));
            if (pendingLeft != null && pendingLeft == MAX_BATCH) {
                pendingWaiting.set(true);
            }
        } catch (RuntimeException e) {
            log.error(
                    "Audit rows could not be written ({}); the requests waiting for them fail",
                    e.getClass().getName());
            batch.forEach(submission -> submission.done().completeExceptionally(e));
            pendingWaiting.set(true);
        }
    }

    private int chain(List<Submission> batch, boolean takePending) {
        List<AuditRow> rows = new ArrayList<>();
        List<AuditRow> pending = takePending ? table.takePending(MAX_BATCH) : List.of();
        rows.addAll(pending);
        batch.forEach(submission -> rows.addAll(submission.rows()));
        if (rows.isEmpty()) {
            return 0;
        }
        table.lockChain();
        AuditRow head = table.head();
        List<AuditRow> chained = new ArrayList<>(rows.size());
        long seq = head.seq();
        byte[] previous = head.hash();
        for (AuditRow row : rows) {
            AuditRow next = row.chained(++seq, previous);
            chained.add(next);
            previous = next.hash();
        }
        table.append(chained);
        return pending.size();
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
