package org.throughcare.audit;

import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.chain.AuditRow;
import org.throughcare.audit.chain.ChainHash;

/**
 * Walks the whole audit log in sequence and recomputes every hash: a deleted row shows as a gap in
 * the sequence, an edited row as a hash that no longer matches, a reordered or forged one as a
 * previous-hash that does not match its predecessor. Rows are streamed, so the log may be large.
 */
@Service
public class AuditVerification {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AuditVerification(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.transactions = transactions;
    }

    public AuditChainReport verify() {
        return transactions.execute(status -> walk());
    }

    private AuditChainReport walk() {
        Walk walk = new Walk();
        jdbc.query(
                "select seq, recorded, patient_id, agent_id, action, outcome, subtype, event, prev_hash, hash"
                        + " from audit_event order by seq",
                rs -> {
                    if (walk.problem == null) {
                        walk.check(AuditRow.read(rs, true));
                    }
                });
        return walk.problem == null
                ? new AuditChainReport(true, walk.rows, null, null)
                : new AuditChainReport(false, walk.rows, walk.badSeq, walk.problem);
    }

    private static final class Walk {
        private long rows;
        private long expectedSeq = 1;
        private byte[] previous = ChainHash.GENESIS;
        private Long badSeq;
        private String problem;

        void check(AuditRow row) {
            rows++;
            if (row.seq() != expectedSeq) {
                fail(expectedSeq, "missing (the next row present is " + row.seq() + ")");
            } else if (!Arrays.equals(row.prevHash(), previous)) {
                fail(row.seq(), "does not follow the row before it");
            } else if (!Arrays.equals(row.hash(), ChainHash.of(previous, row))) {
                fail(row.seq(), "altered (its hash does not match its content)");
            }
            expectedSeq = row.seq() + 1;
            previous = row.hash();
        }

        private void fail(long seq, String what) {
            badSeq = seq;
            problem = what;
        }
    }
}
