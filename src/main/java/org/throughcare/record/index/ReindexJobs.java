package org.throughcare.record.index;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reindex_job table: what is being re-indexed, and how far each job has got. */
@Repository
public class ReindexJobs {

    /** A job held by a node that stopped answering is taken over after this long. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    /** A job's state, for progress reports. */
    public record Job(
            long id, String type, List<Integer> spIds, long nextResPk, long processed, long total, String status) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ReindexJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a rebuild of these parameters of a type (null: all of them) over every existing resource. */
    public void enqueue(String type, List<Integer> spIds) {
        jdbc.sql("insert into reindex_job (res_type, sp_ids, total, created_at)"
                        + " select ?, ?, count(*), ? from resource where res_type = ? and not deleted")
                .params(
                        type,
                        spIds == null ? null : spIds.toArray(Integer[]::new),
                        Timestamp.from(clock.instant()),
                        type)
                .update();
    }

    Optional<Job> claim() {
        Instant now = clock.instant();
        return jdbc.sql(
                        "update reindex_job set status = 'running', claimed_at = ? where id = (select id from reindex_job"
                                + " where status = 'waiting' or (status = 'running' and claimed_at < ?) order by id limit 1"
                                + " for update skip locked) returning " + COLUMNS)
                .params(Timestamp.from(now), Timestamp.from(now.minus(ABANDONED)))
                .query(ReindexJobs::job)
                .optional();
    }

    void advance(long id, long nextResPk, int processed) {
        jdbc.sql("update reindex_job set next_res_pk = ?, processed = processed + ?, claimed_at = ? where id = ?")
                .params(nextResPk, processed, Timestamp.from(clock.instant()), id)
                .update();
    }

    void finish(long id) {
        jdbc.sql("update reindex_job set status = 'done', finished_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** True when no unfinished job still rebuilds this parameter. */
    boolean settled(int spId, String type) {
        return !jdbc.sql("select exists (select 1 from reindex_job where status <> 'done' and res_type = ?"
                        + " and (sp_ids is null or ? = any(sp_ids)))")
                .params(type, spId)
                .query(Boolean.class)
                .single();
    }

    public List<Job> recent() {
        return jdbc.sql("select " + COLUMNS + " from reindex_job order by id desc limit 100")
                .query(ReindexJobs::job)
                .list();
    }

    private static final String COLUMNS = "id, res_type, sp_ids, next_res_pk, processed, total, status";

    private static Job job(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Array spIds = rs.getArray(3);
        return new Job(
                rs.getLong(1),
                rs.getString(2),
                spIds == null ? null : Arrays.asList((Integer[]) spIds.getArray()),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getString(7));
    }
}
