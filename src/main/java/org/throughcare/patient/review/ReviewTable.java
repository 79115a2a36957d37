package org.throughcare.patient.review;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.patient.IdentityReview;

/** The identity_review table: raised once per pair, decided once. */
@Repository
public class ReviewTable {

    private static final String COLUMNS =
            "r.id, r.patient_id, r.candidate_id, r.score, r.reasons, r.raised_at, r.raised_by, r.decision, r.decided_by";

    private final JdbcClient jdbc;

    ReviewTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the pair unless it was raised before (open or decided); true when raised now. */
    public boolean raise(Pair pair, Double score, List<String> reasons, Instant at, String by) {
        return jdbc.sql("insert into identity_review (id, patient_pk, patient_id, candidate_pk, candidate_id, score,"
                                + " reasons, raised_at, raised_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (patient_pk, candidate_pk) do nothing")
                        .params(
                                UUID.randomUUID(),
                                pair.patientPk(),
                                pair.patientId(),
                                pair.candidatePk(),
                                pair.candidateId(),
                                score == null ? null : BigDecimal.valueOf(score),
                                reasons.toArray(String[]::new),
                                Timestamp.from(at),
                                by)
                        .update()
                > 0;
    }

    /**
     * Open reviews whose received record passes the caller's predicate over {@code r.patient_pk},
     * of these patients when {@code patientIds} is given.
     */
    public List<IdentityReview> open(String predicate, List<Object> parameters, String[] patientIds, int count) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(patientIds);
        all.add(patientIds);
        all.add(count);
        return jdbc.sql("select " + COLUMNS + " from identity_review r where r.decided_at is null and " + predicate
                        + " and (?::text[] is null or r.patient_id = any(?::text[])) order by r.raised_at limit ?")
                .params(all)
                .query(ReviewTable::review)
                .list();
    }

    public Optional<IdentityReview> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from identity_review r where r.id = ?")
                .param(id)
                .query(ReviewTable::review)
                .optional();
    }

    /** Records the decision if the review is still open; false when someone decided first. */
    public boolean decide(UUID id, String decision, String note, Instant at, String by) {
        return jdbc.sql("update identity_review set decision = ?, note = ?, decided_at = ?, decided_by = ?"
                                + " where id = ? and decided_at is null")
                        .params(decision, note, Timestamp.from(at), by, id)
                        .update()
                > 0;
    }

    private static IdentityReview review(ResultSet rs, int row) throws SQLException {
        BigDecimal score = rs.getBigDecimal(4);
        Array reasons = rs.getArray(5);
        return new IdentityReview(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                score == null ? null : score.doubleValue(),
                List.of((String[]) reasons.getArray()),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }

    /** The two records of a review, with their compartment keys. */
    public record Pair(long patientPk, String patientId, long candidatePk, String candidateId) {}
}
