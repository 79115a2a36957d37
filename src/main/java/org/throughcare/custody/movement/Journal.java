package org.throughcare.custody.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.custody.Coded;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementKind;
import org.throughcare.shared.EstablishmentCode;

/** The custody_movement table: every movement recorded, once per source and key, never changed. */
@Repository
public class Journal {

    private final JdbcClient jdbc;

    Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the movement unless its source already gave one with this key; true when recorded now. */
    public boolean record(Movement movement, long patientPk, String source, String sourceKey, Instant at, String by) {
        return jdbc.sql(
                                "insert into custody_movement (id, patient_pk, patient_id, kind, establishment, occurred_at,"
                                        + " destination, source, source_key, recorded_at, recorded_by)"
                                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source, source_key) do nothing")
                        .params(
                                UUID.fromString(movement.id()),
                                patientPk,
                                movement.patientId(),
                                movement.kind().code(),
                                movement.establishment().value(),
                                Timestamp.from(movement.occurredAt()),
                                movement.destination(),
                                source,
                                sourceKey,
                                Timestamp.from(at),
                                by)
                        .update()
                > 0;
    }

    /** Every movement recorded for these patients (a patient and those merged into them), in order heard. */
    public List<Movement> of(Collection<Long> patientPks, String asPatientId) {
        return jdbc.sql("select id, kind, establishment, occurred_at, destination from custody_movement"
                        + " where patient_pk = any(?) order by id")
                .param(patientPks.toArray(Long[]::new))
                .query((rs, n) -> movement(rs, asPatientId))
                .list();
    }

    private static Movement movement(ResultSet rs, String patientId) throws SQLException {
        return new Movement(
                rs.getObject(1, UUID.class).toString(),
                patientId,
                Coded.require(MovementKind.class, rs.getString(2), "kind"),
                new EstablishmentCode(rs.getString(3)),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5));
    }

    /** A new movement id: time-ordered, so ties in time go to the movement heard of first. */
    public static String newId(Instant now) {
        long millis = now.toEpochMilli();
        long random = UUID.randomUUID().getLeastSignificantBits();
        long most = (millis << 16) | 0x7000L | (random >>> 52 & 0x0FFFL);
        long least = (random & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
