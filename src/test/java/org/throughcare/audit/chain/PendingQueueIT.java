package org.throughcare.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.testing.IntegrationTest;

/**
 * Hazard H81: moving the pending audit rows of writes into the chain never holds up audited reads,
 * does not slow down as moved rows pile up unvacuumed, and still finds a write that committed after
 * later writes had been moved.
 */
@IntegrationTest
class PendingQueueIT {

    @Autowired
    AuditWriter writer;

    @Autowired
    ChainAppender appender;

    @Autowired
    AuditTable table;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void auditedReadsAreWrittenWhileTheQueueCannotBeSearched() throws Exception {
        AuditRow read = row("a read while the queue is locked");
        try (Connection owner = owner()) {
            owner.setAutoCommit(false);
            execute(owner, "lock table audit_pending in access exclusive mode");
            writer.pendingCommitted();
            awaitWriterBlockedOnTheQueue();

            CompletableFuture<Void> written = CompletableFuture.runAsync(
                    () -> writer.submit(List.of(read)).join());

            written.get(20, TimeUnit.SECONDS);
            owner.rollback();
        }
        assertThat(chainedEvents(read.event())).isEqualTo(1);
    }

    @Test
    void aWriteCommittedAfterLaterOnesWereMovedIsFoundByTheNextSweep() throws SQLException {
        MovableClock clock = new MovableClock();
        PendingScan scan = new PendingScan(table, clock);
        withTheWriterStopped(() -> {
            moveAll(scan);
            AuditRow late = row("a write that commits late");
            AuditRow later = row("a write that commits first");
            try (Connection slowWrite = dataSource.getConnection()) {
                slowWrite.setAutoCommit(false);
                insertPending(slowWrite, late);
                inTransaction(() -> table.insertPending(List.of(later)));
                moveAll(scan);
                slowWrite.commit();
            }

            assertThat(scan.next(ChainAppender.MAX_BATCH)).isEmpty();
            assertThat(chainedEvents(late.event())).isZero();

            clock.advance(PendingScan.SWEEP_EVERY);
            moveAll(scan);
            assertThat(chainedEvents(late.event())).isEqualTo(1);
            assertThat(chainedEvents(later.event())).isEqualTo(1);
        });
    }

    @Test
    void findingPendingRowsDoesNotReadTheRowsAlreadyMoved() throws SQLException {
        PendingScan scan = new PendingScan(table, new MovableClock());
        withTheWriterStopped(() -> {
            moveAll(scan);
            try (Connection oldSnapshot = dataSource.getConnection()) {
                // An open snapshot keeps the moved rows as dead tuples the queue's index still
                // points at: as on a database whose vacuum cannot keep up.
                oldSnapshot.setAutoCommit(false);
                execute(oldSnapshot, "set transaction isolation level repeatable read");
                execute(oldSnapshot, "select count(*) from audit_event");
                List<AuditRow> rows = java.util.stream.IntStream.range(0, 2000)
                        .mapToObj(i -> row("moved " + i + " " + "x".repeat(800)))
                        .toList();
                inTransaction(() -> table.insertPending(rows));
                moveAll(scan);

                inTransaction(() -> {
                    AuditRow fresh = row("pending after many moved");
                    table.insertPending(List.of(fresh));
                    long before = blocksReadFromTheQueue();
                    assertThat(scan.next(ChainAppender.MAX_BATCH)).hasSize(1);
                    long byTheScan = blocksReadFromTheQueue() - before;
                    table.findPending(0, 1);
                    long fromTheStart = blocksReadFromTheQueue() - before - byTheScan;

                    assertThat(byTheScan).isLessThan(5);
                    assertThat(fromTheStart).isGreaterThan(100);
                    throw new RolledBack();
                });
                oldSnapshot.rollback();
            }
        });
    }

    private void moveAll(PendingScan scan) {
        List<Long> ids;
        do {
            ids = scan.next(ChainAppender.MAX_BATCH);
            if (!ids.isEmpty()) {
                appender.movePending(ids);
                scan.moved(ids);
            }
        } while (!ids.isEmpty());
    }

    private void awaitWriterBlockedOnTheQueue() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.sql("select count(*)::int from pg_locks"
                            + " where relation = 'audit_pending'::regclass and not granted")
                    .query(Integer.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the audit writer never searched the locked queue");
    }

    private long blocksReadFromTheQueue() {
        return jdbc.sql("select pg_stat_get_xact_blocks_fetched('audit_pending'::regclass)"
                        + " + pg_stat_get_xact_blocks_fetched('audit_pending_pkey'::regclass)")
                .query(Long.class)
                .single();
    }

    private int chainedEvents(String event) {
        return jdbc.sql("select count(*)::int from audit_event where event = ?")
                .param(event)
                .query(Integer.class)
                .single();
    }

    private void withTheWriterStopped(SqlAction action) throws SQLException {
        writer.stop();
        try {
            action.run();
        } finally {
            writer.start();
        }
    }

    private void inTransaction(Runnable action) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> action.run());
        } catch (RolledBack expected) {
            // the work was only there to be measured
        }
    }

    private static void insertPending(Connection connection, AuditRow row) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into audit_pending"
                        + " (recorded, patient_id, agent_id, action, outcome, subtype, event) values (now(), null, ?, 'R', '0', 'read', ?)")) {
            insert.setString(1, row.agentId());
            insert.setString(2, row.event());
            insert.executeUpdate();
        }
    }

    private static AuditRow row(String what) {
        String event = "{\"resourceType\":\"AuditEvent\",\"test\":\"" + what + " " + UUID.randomUUID() + "\"}";
        return new AuditRow(
                0,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                null,
                "pending-queue-test",
                "R",
                "0",
                "read",
                event,
                null,
                null);
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(dataSource.getJdbcUrl(), "postgres", "");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static final class RolledBack extends RuntimeException {}

    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
