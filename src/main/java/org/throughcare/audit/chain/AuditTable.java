package org.throughcare.audit.chain;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of audit_event and audit_pending. The application role can only insert into audit_event. */
@Repository
public class AuditTable {

    private static final HexFormat HEX = HexFormat.of();
    private static final String UNNEST =
            "unnest(?::text[]::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])";

    private static final String LOCK_TIMEOUT = "5s";
    private static final String STATEMENT_TIMEOUT = "15s";

    private final JdbcClient jdbc;

    public AuditTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts rows of writes into audit_pending, in the caller's transaction. */
    public void insertPending(List<AuditRow> rows) {
        jdbc.sql(
                        "insert into audit_pending (recorded, patient_id, agent_id, action, outcome, subtype, event) select * from "
                                + UNNEST)
                .params(columns(rows))
                .update();
    }

    /**
     * The ids of up to {@code limit} pending rows above {@code after}, lowest first, walking the
     * primary key from {@code after} whatever the statistics say (V121). A plain read: it takes no
     * lock, so however long it takes on a queue of dead rows, no one waits for it.
     */
    List<Long> findPending(long after, int limit) {
        return jdbc.sql("select * from audit_pending_after(?, ?)")
                .params(after, limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes the pending rows with these ids that are still there, oldest first (their seq is the
     * pending id until they are chained); they are gone once the transaction commits. The caller
     * holds the chain lock, so no other node is taking them. Each id is looked up in the primary
     * key (V121), so the cost does not depend on the rest of the queue.
     */
    List<AuditRow> takePending(List<Long> ids) {
        return jdbc
                .sql("select id, recorded, patient_id, agent_id, action, outcome, subtype, event"
                        + " from audit_pending_take(?::text[]::bigint[])")
                .param(ids.stream().map(String::valueOf).toArray(String[]::new))
                .query((rs, n) -> AuditRow.read(rs, false))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(AuditRow::seq))
                .toList();
    }

    /**
     * Sets this chain transaction up in one statement. Waits for a lock or a statement are bounded,
     * so a chain writer stuck in the database (or outliving its stopped node) cannot keep the chain
     * lock for long (hazard H81). Without {@code waitForDisk} the commit returns before its WAL
     * reaches the disk: PostgreSQL still writes it within a fraction of a second, so a killed
     * application loses nothing; only a crash of the database server or machine in that moment
     * could (docs/security.md, audit durability).
     */
    void beginChainTransaction(boolean waitForDisk) {
        jdbc.sql("select set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true),"
                        + " set_config('synchronous_commit', ?, true)")
                .params(LOCK_TIMEOUT, STATEMENT_TIMEOUT, waitForDisk ? "on" : "off")
                .query()
                .listOfRows();
    }

    /** Serialises chain writers across every node until the transaction ends. */
    void lockChain() {
        jdbc.sql("select pg_advisory_xact_lock(7431001)").query(Object.class).single();
    }

    /** The last row's seq and hash, or seq 0 and the genesis hash for an empty log. */
    AuditRow head() {
        return jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query((rs, n) ->
                        new AuditRow(rs.getLong(1), null, null, null, null, null, null, null, null, rs.getBytes(2)))
                .optional()
                .orElse(new AuditRow(0, null, null, null, null, null, null, null, null, ChainHash.GENESIS));
    }

    /**
     * Appends chained rows in one statement, only if the log still ends at {@code expectedHead}:
     * false when another node appended meanwhile (the rows must be chained again from the new head).
     * The primary key on seq settles a race in which both saw the same head.
     */
    boolean appendAfter(long expectedHead, List<AuditRow> rows) {
        try {
            return insert(rows, expectedHead) > 0;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    /** Appends chained rows in one statement; the caller holds the chain lock. */
    void append(List<AuditRow> rows) {
        insert(rows, null);
    }

    /**
     * Inserts the rows, when {@code expectedHead} is given only if the log ends there. The head is a
     * parameter, not part of the text, so the driver and the server prepare each statement once.
     */
    private int insert(List<AuditRow> rows, Long expectedHead) {
        Object[] columns = columns(rows);
        List<Object> parameters = new ArrayList<>(List.of(
                rows.stream().map(row -> Long.toString(row.seq())).toArray(String[]::new),
                columns[0],
                columns[1],
                columns[2],
                columns[3],
                columns[4],
                columns[5],
                columns[6],
                rows.stream().map(row -> HEX.formatHex(row.prevHash())).toArray(String[]::new),
                rows.stream().map(row -> HEX.formatHex(row.hash())).toArray(String[]::new)));
        if (expectedHead != null) {
            parameters.add(expectedHead);
        }
        return jdbc.sql("insert into audit_event (seq, recorded, patient_id, agent_id, action, outcome, subtype, event,"
                        + " prev_hash, hash) select s, r, p, a, ac, o, st, e, decode(ph, 'hex'), decode(h, 'hex')"
                        + " from unnest(?::text[]::bigint[], ?::text[]::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[]) as t(s, r, p, a, ac, o, st, e, ph, h)"
                        + (expectedHead == null ? "" : " where coalesce((select max(seq) from audit_event), 0) = ?"))
                .params(parameters)
                .update();
    }

    private static Object[] columns(List<AuditRow> rows) {
        return new Object[] {
            rows.stream().map(row -> row.recorded().toString()).toArray(String[]::new),
            rows.stream().map(AuditRow::patientId).toArray(String[]::new),
            rows.stream().map(AuditRow::agentId).toArray(String[]::new),
            rows.stream().map(AuditRow::action).toArray(String[]::new),
            rows.stream().map(AuditRow::outcome).toArray(String[]::new),
            rows.stream().map(AuditRow::subtype).toArray(String[]::new),
            rows.stream().map(AuditRow::event).toArray(String[]::new)
        };
    }
}
