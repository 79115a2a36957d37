package org.throughcare.audit.chain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of audit rows without a hand-off: a request queues its rows and takes the chain
 * lock; whoever holds it appends everything queued (its own rows and those of requests that
 * arrived meanwhile) in one statement, so the others find theirs written when they get the lock.
 * A background thread moves the pending rows of committed writes (50 ms after it is told, so
 * that the commits of that moment move together; every second, which also recovers rows left by a
 * crash; and at once after a full batch): it finds them holding no lock and takes the chain lock
 * only to move them by id, so a slow search of the queue never holds up the audited reads that
 * wait for that lock (hazard H81).
 */
@Component
public class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** How long a move waits, once told, for the pending rows of other commits to gather. */
    private static final long GATHER_MILLIS = 50;

    private final ChainAppender appender;
    private final ConcurrentLinkedQueue<Submission> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock chainLock = new ReentrantLock();
    private final LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>();
    private final PendingScan pending;
    private volatile boolean running;
    private Thread thread;

    AuditWriter(ChainAppender appender, AuditTable table, Clock clock) {
        this.appender = appender;
        this.pending = new PendingScan(table, clock);
    }

    /** Appends the rows (with any others waiting); the future is complete, normally or not, on return. */
    public CompletableFuture<Void> submit(List<AuditRow> rows) {
        Submission submission = new Submission(rows, new CompletableFuture<>());
        queue.add(submission);
        chainLock.lock();
        try {
            while (!submission.done().isDone()) {
                write(drain());
            }
        } finally {
            chainLock.unlock();
        }
        return submission.done();
    }

    /** Pending rows of a committed write are waiting to be chained. */
    public void pendingCommitted() {
        wakeUps.offer(Boolean.TRUE);
    }

    private void run() {
        boolean more = false;
        while (running) {
            try {
                if (!more) {
                    wakeUps.poll(1, TimeUnit.SECONDS);
                    // The commits of the next moment join this move: under load one move takes tens
                    // of rows, not two or three, and its eight statements are paid once for them all.
                    Thread.sleep(GATHER_MILLIS);
                    wakeUps.clear();
                }
                more = movePending();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Moves one batch of pending rows; true when a full batch was found (more may be waiting). */
    private boolean movePending() {
        try {
            List<Long> ids = pending.next(ChainAppender.MAX_BATCH);
            if (ids.isEmpty()) {
                return false;
            }
            chainLock.lock();
            try {
                appender.movePending(ids);
            } finally {
                chainLock.unlock();
            }
            pending.moved(ids);
            return ids.size() == ChainAppender.MAX_BATCH;
        } catch (RuntimeException e) {
            log.error(
                    "Pending audit rows could not be moved into the chain ({}); they stay pending and are tried again",
                    e.getClass().getName());
            appender.forgetHead();
            return false;
        }
    }

    private List<Submission> drain() {
        List<Submission> batch = new ArrayList<>();
        int rows = 0;
        Submission next;
        while (rows < ChainAppender.MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
            rows += next.rows().size();
        }
        return batch;
    }

    private void write(List<Submission> batch) {
        List<AuditRow> rows = new ArrayList<>();
        batch.forEach(submission -> rows.addAll(submission.rows()));
        try {
            if (!rows.isEmpty()) {
                appender.append(rows);
            }
            batch.forEach(submission -> submission.done().complete(null));
        } catch (RuntimeException e) {
            log.error(
                    "Audit rows could not be written ({}); the requests waiting for them fail",
                    e.getClass().getName());
            batch.forEach(submission -> submission.done().completeExceptionally(e));
            appender.forgetHead();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("audit-pending").daemon(false).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        wakeUps.offer(Boolean.TRUE);
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
