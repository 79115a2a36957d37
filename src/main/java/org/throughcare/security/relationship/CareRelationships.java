package org.throughcare.security.relationship;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.security.Caller;

/**
 * The care-relationship read model (table care_relationship, kept by {@link RelationshipProjection})
 * and the break-glass grants, asked one patient at a time or turned into a SQL predicate for lists.
 * A relationship lets its party read for 30 days after it ends (a patient who was transferred or
 * released), and write only while it lasts.
 */
@Repository
public class CareRelationships {

    /** How long after a relationship ends its party may still read the record. */
    public static final Duration READ_AFTER_END = Duration.ofDays(30);

    private final JdbcClient jdbc;

    CareRelationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the member of staff stands with the patient now. */
    public Standing standing(Caller.Staff staff, long patientKey, Instant now) {
        return jdbc.sql("select bool_or(ends_at is null or ends_at > ?), bool_or(ends_at > ?),"
                        + " exists(select 1 from break_glass_grant where username = ? and patient_pk = ? and expires_at > ?)"
                        + " from care_relationship where patient_pk = ? and party = any(?::text[])")
                .params(
                        Timestamp.from(now),
                        Timestamp.from(now.minus(READ_AFTER_END)),
                        staff.username(),
                        patientKey,
                        Timestamp.from(now),
                        patientKey,
                        staff.parties().toArray(String[]::new))
                .query((rs, n) -> {
                    if (rs.getBoolean(1)) {
                        return Standing.CURRENT;
                    }
                    if (rs.getBoolean(3)) {
                        return Standing.EMERGENCY;
                    }
                    return rs.getBoolean(2) ? Standing.RECENT : Standing.NONE;
                })
                .single();
    }

    /** True when the member of staff holds an unexpired break-glass grant for any patient. */
    public boolean holdsBreakGlass(Caller.Staff staff, Instant now) {
        return jdbc.sql("select exists(select 1 from break_glass_grant where username = ? and expires_at > ?)")
                .params(staff.username(), Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    /** Whether the caller holds a current correction grant for the patient's frozen record. */
    public boolean correcting(String username, long patientKey, Instant now) {
        return jdbc.sql("select exists(select 1 from correction_grant where username = ? and patient_pk = ?"
                        + " and expires_at > ?)")
                .params(username, patientKey, Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    /**
     * SQL true for rows whose patient the member of staff may read (or, with {@code forWrite},
     * write), and for rows that belong to no patient.
     */
    public String predicate(Caller.Staff staff, String column, List<Object> parameters, Instant now, boolean forWrite) {
        parameters.add(staff.parties().toArray(String[]::new));
        parameters.add(Timestamp.from(forWrite ? now : now.minus(READ_AFTER_END)));
        parameters.add(staff.username());
        parameters.add(Timestamp.from(now));
        return "(" + column + " is null or " + column + " in (select patient_pk from care_relationship"
                + " where party = any(?::text[]) and (ends_at is null or ends_at > ?)) or " + column
                + " in (select patient_pk from break_glass_grant where username = ? and expires_at > ?))";
    }
}
