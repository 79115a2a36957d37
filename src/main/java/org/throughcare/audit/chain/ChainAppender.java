package org.throughcare.audit.chain;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers and chains audit rows and appends them. Reads go in one autocommitted statement that
 * appends after the head this node last wrote and fails (to be chained again from the new head)
 * if another node appended meanwhile; pending rows of writes are moved, by id, in a transaction
 * under a lock shared by every node. Not thread-safe: {@link AuditWriter} calls it under its lock.
 */
@Component
class ChainAppender {

    private static final Logger log = LoggerFactory.getLogger(ChainAppender.class);
    static final int MAX_BATCH = 1000;

    private final AuditTable table;
    private final TransactionTemplate transactions;
    private final boolean waitForDisk;
    /** The last row this node appended, or null when it must be read from the database. */
    private AuditRow head;

    ChainAppender(
            AuditTable table,
            TransactionTemplate transactions,
            @Value("${throughcare.audit.wait-for-disk:true}") boolean waitForDisk) {
        this.table = table;
        this.transactions = transactions;
        this.waitForDisk = waitForDisk;
    }

    /** Appends the rows of reads and refusals. */
    void append(List<AuditRow> rows) {
        if (waitForDisk) {
            fast(rows);
        } else {
            inTransaction(rows, List.of());
        }
    }

    /** Moves the pending rows with these ids (those not already taken) into the chain. */
    void movePending(List<Long> ids) {
        inTransaction(List.of(), ids);
    }

    /** After a failure the head is read again from the database. */
    void forgetHead() {
        head = null;
    }

    /**
     * Reads only: one autocommitted statement that appends after the head this writer last wrote,
     * and fails (to be chained again) if another node appended meanwhile.
     */
    private void fast(List<AuditRow> rows) {
        for (int attempt = 0; attempt < 5; attempt++) {
            AuditRow from = head != null ? head : table.head();
            List<AuditRow> chained = chain(from, rows);
            if (table.appendAfter(from.seq(), chained)) {
                head = chained.getLast();
                return;
            }
            warnIfTruncated(from);
            head = null;
        }
        inTransaction(rows, List.of());
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

    /**
     * Pending rows of writes are taken by id and chained with any fresh rows in one transaction,
     * under the chain lock, with every wait bounded (hazard H81).
     */
    private void inTransaction(List<AuditRow> fresh, List<Long> pendingIds) {
        transactions.executeWithoutResult(status -> {
            table.beginChainTransaction(waitForDisk);
            table.lockChain();
            List<AuditRow> rows = new ArrayList<>(pendingIds.isEmpty() ? List.of() : table.takePending(pendingIds));
            rows.addAll(fresh);
            if (!rows.isEmpty()) {
                List<AuditRow> chained = chain(table.head(), rows);
                table.append(chained);
                head = chained.getLast();
            }
        });
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
}
