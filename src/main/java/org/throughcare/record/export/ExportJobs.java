package org.throughcare.record.export;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.record.ExportRequest;

/** The export_job and export_file tables. */
@Repository
public class ExportJobs {

    /** A completed export can be downloaded for a day. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** A job claimed by a node that stopped answering is taken over after this long. */
    static final Duration ABANDONED = Duration.ofMinutes(5);

    private static final String COLUMNS = "id, requester, request_url, level, types, since, type_filters, patient_pks,"
            + " transaction_time, status, error";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ExportJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String insert(ExportRequest request, List<Long> patientKeys) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into export_job (id, requester, request_url, level, group_id, types, since, type_filters,"
                        + " patient_pks, transaction_time, status, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?, ?)")
                .params(
                        id,
                        request.requester(),
                        request.requestUrl(),
                        request.level().name().toLowerCase(Locale.ROOT),
                        request.groupId(),
                        request.types().isEmpty() ? null : request.types().toArray(String[]::new),
                        request.since() == null ? null : Timestamp.from(request.since()),
                        request.typeFilters().toArray(String[]::new),
                        patientKeys == null ? null : patientKeys.toArray(Long[]::new),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(RETENTION)))
                .update();
        return id.toString();
    }

    /** Takes a waiting (or abandoned) job for this node, if there is one. */
    Optional<ExportJob> claim() {
        Instant now = clock.instant();
        return jdbc.sql(
                        "update export_job set status = 'in-progress', claimed_at = ? where id = (select id from export_job"
                                + " where status = 'accepted' or (status = 'in-progress' and claimed_at < ?)"
                                + " order by created_at limit 1 for update skip locked) returning " + COLUMNS)
                .params(Timestamp.from(now), Timestamp.from(now.minus(ABANDONED)))
                .query(ExportJobs::job)
                .optional();
    }

    public Optional<ExportJob> find(String id) {
        return parse(id)
                .flatMap(uuid -> jdbc.sql("select " + COLUMNS + " from export_job where id = ? and expires_at > ?")
                        .params(uuid, Timestamp.from(clock.instant()))
                        .query(ExportJobs::job)
                        .optional());
    }

    /** Records the files and completes the job, unless it was cancelled meanwhile. */
    void complete(String id, Map<String, Integer> counts) {
        UUID uuid = UUID.fromString(id);
        counts.forEach((type, count) -> jdbc.sql("insert into export_file (job_id, res_type, count) values (?, ?, ?)"
                        + " on conflict (job_id, res_type) do update set count = excluded.count")
                .params(uuid, type, count)
                .update());
        Instant now = clock.instant();
        jdbc.sql("update export_job set status = 'complete', completed_at = ?, expires_at = ? where id = ?"
                        + " and status = 'in-progress'")
                .params(Timestamp.from(now), Timestamp.from(now.plus(RETENTION)), uuid)
                .update();
    }

    void fail(String id, String error) {
        jdbc.sql("update export_job set status = 'failed', error = ? where id = ?")
                .params(error, UUID.fromString(id))
                .update();
    }

    /** Deletes the job and its files; true when there was one to delete. */
    public boolean delete(String id) {
        return parse(id)
                .map(uuid -> jdbc.sql("delete from export_job where id = ?")
                                .param(uuid)
                                .update()
                        > 0)
                .orElse(false);
    }

    public Map<String, Integer> files(String id) {
        Map<String, Integer> files = new java.util.TreeMap<>();
        jdbc.sql("select res_type, count from export_file where job_id = ?")
                .param(UUID.fromString(id))
                .query(rs -> {
                    files.put(rs.getString(1), rs.getInt(2));
                });
        return files;
    }

    void deleteExpired() {
        jdbc.sql("delete from export_job where expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ExportJob job(ResultSet rs, int row) throws SQLException {
        Timestamp since = rs.getTimestamp(6);
        return new ExportJob(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                ExportRequest.Level.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                strings(rs.getArray(5)),
                since == null ? null : since.toInstant(),
                strings(rs.getArray(7)),
                longs(rs.getArray(8)),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10),
                rs.getString(11));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((Long[]) array.getArray());
    }
}
