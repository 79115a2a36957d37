package org.throughcare.record.write;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs writes as one database transaction: all of it is stored or none of it. A transaction that
 * lost a race (a deadlock, or another client creating the same id at the same moment) has been
 * rolled back completely, so it is simply run again.
 */
@Component
public class UnitOfWork {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate transactions;
    private final ResourceWriter writer;
    private final JdbcClient jdbc;
    private final Clock clock;

    UnitOfWork(TransactionTemplate transactions, ResourceWriter writer, JdbcClient jdbc, Clock clock) {
        this.transactions = transactions;
        this.writer = writer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public <T> T run(Function<WriteContext, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    WriteContext context = new WriteContext(now());
                    T result = work.apply(context);
                    writer.flush(context);
                    return result;
                });
            } catch (ConcurrentWriteException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Serialises conditional writes with the same criteria until the transaction ends, so two
     * clients creating "the patient with this NHS number" at once make exactly one resource.
     */
    public void lockCondition(String type, String criteria) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(type + "?" + criteria)
                .query(Object.class)
                .single();
    }

    /** Stored timestamps have millisecond precision, as FHIR instants in JSON do. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
