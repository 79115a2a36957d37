package org.throughcare.record.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The resource and resource_history tables: the only SQL that reads or writes resource versions.
 * Writes must run inside the caller's database transaction.
 */
@Repository
public class ResourceTable {

    private static final String COLUMNS =
            "r.res_pk, r.res_type, r.res_id, r.version, r.deleted, r.last_updated, r.patient_pk, r.body::text";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final KeyBlocks keys;

    public ResourceTable(JdbcClient jdbc, JdbcTemplate template, KeyBlocks keys) {
        this.jdbc = jdbc;
        this.template = template;
        this.keys = keys;
    }

    /** The current version, or empty when the id was never used. */
    public Optional<ResourceRow> current(String type, String id) {
        return jdbc.sql("select " + COLUMNS + " from resource r where r.res_type = ? and r.res_id = ?")
                .params(type, id)
                .query(ResourceTable::row)
                .optional();
    }

    /** The current version locked until the transaction ends, so concurrent writers queue. */
    public Optional<ResourceRow> currentForUpdate(String type, String id) {
        return jdbc.sql("select " + COLUMNS + " from resource r where r.res_type = ? and r.res_id = ? for update")
                .params(type, id)
                .query(ResourceTable::row)
                .optional();
    }

    /** One version, current or superseded. */
    public Optional<ResourceRow> version(String type, String id, int version) {
        return jdbc.sql("select " + COLUMNS + " from resource r where r.res_type = ? and r.res_id = ? and r.version = ?"
                        + " union all select h.res_pk, r.res_type, r.res_id, h.version, h.deleted, h.last_updated,"
                        + " h.patient_pk, h.body::text from resource_history h join resource r using (res_pk)"
                        + " where r.res_type = ? and r.res_id = ? and h.version = ?")
                .params(type, id, version, type, id, version)
                .query(ResourceTable::row)
                .optional();
    }

    /** Current, not deleted resources by key, in the order of the keys given. */
    public List<ResourceRow> byKeys(List<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Long, ResourceRow> rows = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from resource r where r.res_pk = any(?) and not r.deleted")
                .param(keys.toArray(Long[]::new))
                .query(ResourceTable::row)
                .list()
                .forEach(row -> rows.put(row.resPk(), row));
        return keys.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** Reserves an internal key for a resource about to be created. */
    public long nextKey() {
        return keys.take(1).getFirst();
    }

    /**
     * Inserts new resources, with the other inserts of the write in the same statement; returns how
     * many resources were inserted. A resource whose type and id another writer took meanwhile is
     * not inserted (the caller compares the count and retries the unit of work, which rolls the
     * other inserts back with it).
     */
    public int insertAll(List<ResourceRow> rows, CoInserts alongside) {
        String sql = "with " + (alongside.expressions().isEmpty() ? "" : alongside.expressions() + ", ")
                + "inserted as (insert into resource (res_pk, res_type, res_id, version, deleted, last_updated,"
                + " patient_pk, body) select k, t, i, v, false, u, p, b::jsonb from unnest(?::bigint[], ?::text[],"
                + " ?::text[], ?::integer[], ?::timestamptz[], ?::bigint[], ?::text[]) as n(k, t, i, v, u, p, b)"
                + " on conflict (res_type, res_id) do nothing returning 1) select count(*)::int from inserted";
        Integer inserted = template.execute(sql, (PreparedStatement statement) -> {
            int index = alongside.bind(statement, 1);
            statement.setObject(index++, rows.stream().map(ResourceRow::resPk).toArray(Long[]::new));
            statement.setObject(index++, rows.stream().map(ResourceRow::type).toArray(String[]::new));
            statement.setObject(index++, rows.stream().map(ResourceRow::id).toArray(String[]::new));
            statement.setObject(index++, rows.stream().map(ResourceRow::version).toArray(Integer[]::new));
            statement.setObject(
                    index++,
                    rows.stream().map(row -> Timestamp.from(row.lastUpdated())).toArray(Timestamp[]::new));
            statement.setObject(
                    index++, rows.stream().map(ResourceRow::patientPk).toArray(Long[]::new));
            statement.setObject(index, rows.stream().map(ResourceRow::json).toArray(String[]::new));
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        });
        return inserted == null ? 0 : inserted;
    }

    /** Reserves internal keys for resources about to be created. */
    public List<Long> nextKeys(int count) {
        return keys.take(count);
    }

    /**
     * Moves the current version of {@code row.resPk()} to history and makes {@code row} current, in
     * one statement. The caller holds the row lock from {@link #currentForUpdate}.
     */
    public void supersede(ResourceRow row) {
        jdbc.sql("with moved as (insert into resource_history"
                        + " (res_pk, version, res_type, deleted, last_updated, patient_pk, body)"
                        + " select res_pk, version, res_type, deleted, last_updated, patient_pk, body"
                        + " from resource where res_pk = ?)"
                        + " update resource set version = ?, deleted = ?, last_updated = ?, patient_pk = ?,"
                        + " body = ?::jsonb where res_pk = ?")
                .params(
                        row.resPk(),
                        row.version(),
                        row.deleted(),
                        Timestamp.from(row.lastUpdated()),
                        row.patientPk(),
                        row.json(),
                        row.resPk())
                .update();
    }

    static ResourceRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ResourceRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getBoolean(5),
                rs.getTimestamp(6).toInstant(),
                rs.getObject(7, Long.class),
                rs.getString(8));
    }
}
