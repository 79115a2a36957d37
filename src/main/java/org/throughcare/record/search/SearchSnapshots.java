package org.throughcare.record.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The fixed result lists of paged searches, in PostgreSQL so any node can serve any page. A page
 * is only served to whoever ran the search; an expired or unknown one is reported as such.
 */
@Component
class SearchSnapshots {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchSnapshots(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored search: what was asked, by whom, and the ordered keys it matched. */
    record Snapshot(UUID id, String requester, String type, String query, Integer total, List<Long> keys) {}

    UUID save(String type, String query, String requester, Integer total, List<Long> keys) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into search_snapshot (id, created_at, expires_at, requester, res_type, query, total, res_pks)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(LIFETIME)),
                        requester,
                        type,
                        query,
                        total,
                        keys.toArray(Long[]::new))
                .update();
        return id;
    }

    /** The snapshot, if it exists, has not expired, and belongs to this requester. */
    Optional<Snapshot> find(UUID id, String requester) {
        return jdbc.sql("select id, requester, res_type, query, total, res_pks from search_snapshot"
                        + " where id = ? and expires_at > ?")
                .params(id, Timestamp.from(clock.instant()))
                .query(SearchSnapshots::snapshot)
                .optional()
                .filter(snapshot -> Objects.equals(snapshot.requester(), requester));
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void deleteExpired() {
        jdbc.sql("delete from search_snapshot where expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    private static Snapshot snapshot(ResultSet rs, int row) throws SQLException {
        Array keys = rs.getArray(6);
        return new Snapshot(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, Integer.class),
                Arrays.asList((Long[]) keys.getArray()));
    }
}
