package org.throughcare.record.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.HistoryPage;
import org.throughcare.record.HistoryQuery;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordAccessGuard;
import org.throughcare.record.StoredResource;
import org.throughcare.record.access.GuardedReads;
import org.throughcare.record.access.PatientIds;

/**
 * Reads history newest first across current and superseded versions, a page at a time, with
 * keyset paging so page n costs the same as page 1.
 */
@Component
public class HistoryReader {

    private static final String VERSIONS = "select r.res_pk, r.res_type, r.res_id, r.version, r.deleted,"
            + " r.last_updated, r.body::text as body, r.patient_pk from resource r where %s"
            + " union all select h.res_pk, h.res_type, r.res_id, h.version, h.deleted, h.last_updated,"
            + " h.body::text, h.patient_pk from resource_history h join resource r using (res_pk) where %s";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecordAccessGuard guard;
    private final GuardedReads reads;
    private final PatientIds patientIds;

    public HistoryReader(
            JdbcClient jdbc, Clock clock, RecordAccessGuard guard, GuardedReads reads, PatientIds patientIds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.guard = guard;
        this.reads = reads;
        this.patientIds = patientIds;
    }

    /**
     * Only versions the caller may see are listed: the guard's patient predicate filters the SQL
     * and each version is released through it; an instance the caller may not see is not found.
     */
    public HistoryPage read(HistoryQuery query) {
        RecordAccess access = guard.open(interaction(query), query.type());
        if (query.id() != null) {
            reads.requireVisible(access, query.type(), query.id());
        }
        HistoryCursor cursor = query.pageToken() == null ? null : HistoryCursor.decode(query.pageToken());
        Instant until = cursor == null ? clock.instant() : cursor.until();
        List<Object> parameters = new ArrayList<>();
        String filter =
                filter(query, until, parameters, "r") + " and " + access.patientPredicate("r.patient_pk", parameters);
        String historyFilter =
                filter(query, until, parameters, "h") + " and " + access.patientPredicate("h.patient_pk", parameters);
        StringBuilder sql = new StringBuilder("select * from (")
                .append(VERSIONS.formatted(filter, historyFilter))
                .append(") v");
        if (cursor != null) {
            sql.append(" where (v.last_updated, v.res_pk, v.version) < (?, ?, ?)");
            parameters.add(Timestamp.from(cursor.lastUpdated()));
            parameters.add(cursor.resPk());
            parameters.add(cursor.version());
        }
        sql.append(" order by v.last_updated desc, v.res_pk desc, v.version desc limit ?");
        parameters.add(query.count() + 1);
        List<Row> rows = jdbc.sql(sql.toString())
                .params(parameters)
                .query(HistoryReader::row)
                .list();
        HistoryPage page = page(rows, query.count(), until, access);
        access.complete();
        return page;
    }

    private static Interaction interaction(HistoryQuery query) {
        if (query.id() != null) {
            return Interaction.HISTORY_INSTANCE;
        }
        return query.type() != null ? Interaction.HISTORY_TYPE : Interaction.HISTORY_SYSTEM;
    }

    private static String filter(HistoryQuery query, Instant until, List<Object> parameters, String alias) {
        StringBuilder where = new StringBuilder(alias + ".last_updated <= ?");
        parameters.add(Timestamp.from(until));
        if (query.since() != null) {
            where.append(" and ").append(alias).append(".last_updated >= ?");
            parameters.add(Timestamp.from(query.since()));
        }
        if (query.type() != null) {
            where.append(" and ").append(alias).append(".res_type = ?");
            parameters.add(query.type());
        }
        if (query.id() != null) {
            where.append(" and r.res_id = ?");
            parameters.add(query.id());
        }
        return where.toString();
    }

    private HistoryPage page(List<Row> rows, int count, Instant until, RecordAccess access) {
        List<StoredResource> entries = rows.stream()
                .limit(count)
                .flatMap(row -> access.release(patientIds.entry(row.stored(), row.patientKey())).stream())
                .toList();
        if (rows.size() <= count) {
            return new HistoryPage(entries, null);
        }
        Row last = rows.get(count - 1);
        return new HistoryPage(
                entries,
                new HistoryCursor(
                                until,
                                last.stored().lastUpdated(),
                                last.resPk(),
                                last.stored().version())
                        .encode());
    }

    private record Row(long resPk, StoredResource stored, Long patientKey) {}

    private static Row row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1),
                new StoredResource(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(6).toInstant(),
                        rs.getBoolean(5),
                        rs.getString(7)),
                rs.getObject(8, Long.class));
    }
}
