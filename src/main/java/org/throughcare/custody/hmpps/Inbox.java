package org.throughcare.custody.hmpps;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.custody.WaitingEvent;

/** The hmpps_event table: each event accepted once, and what became of it. */
@Repository
public class Inbox {

    private static final int MAX_ATTEMPTS = 10;
    private static final String EVENT_COLUMNS =
            "key, event_type, prison_number, establishment, reason, occurred_at, state, patient_id";

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the event, pending; false when an event with its key was accepted before. */
    public boolean accept(HmppsEvent event, Instant at) {
        return jdbc.sql("insert into hmpps_event (key, event_type, prison_number, establishment, reason, occurred_at,"
                                + " received_at, body, state) values (?, ?, ?, ?, ?, ?, ?, ?, 'pending')"
                                + " on conflict (key) do nothing")
                        .params(
                                event.key(),
                                event.type(),
                                event.prisonNumber(),
                                event.establishment(),
                                event.reason(),
                                Timestamp.from(event.occurredAt()),
                                Timestamp.from(at),
                                event.body())
                        .update()
                > 0;
    }

    public Optional<String> state(String key) {
        return jdbc.sql("select state from hmpps_event where key = ?")
                .param(key)
                .query(String.class)
                .optional();
    }

    public void settle(String key, String state, Long patientPk, String patientId, Instant at) {
        jdbc.sql("update hmpps_event set state = ?, patient_pk = ?, patient_id = ?, processed_at = ?,"
                        + " attempts = attempts + 1 where key = ?")
                .params(state, patientPk, patientId, Timestamp.from(at), key)
                .update();
    }

    public void failed(String key, Instant at) {
        jdbc.sql("update hmpps_event set state = 'failed', processed_at = ?, attempts = attempts + 1 where key = ?")
                .params(Timestamp.from(at), key)
                .update();
    }

    /** Events to try again: pending for a while (their node stopped) or failed, a few at a time. */
    public List<HmppsEvent> retryable(Instant acceptedBefore, int limit) {
        return jdbc.sql("select body from hmpps_event where state in ('pending', 'failed') and received_at < ?"
                        + " and attempts < ? order by received_at limit ?")
                .params(Timestamp.from(acceptedBefore), MAX_ATTEMPTS, limit)
                .query((rs, n) -> HmppsEvent.parse(rs.getString(1)))
                .list();
    }

    /** Events waiting for this prison number to be known, oldest first. */
    public List<HmppsEvent> waitingFor(String prisonNumber) {
        return jdbc.sql("select body from hmpps_event where state = 'unknown-prisoner' and prison_number = ?"
                        + " order by occurred_at")
                .param(prisonNumber)
                .query((rs, n) -> HmppsEvent.parse(rs.getString(1)))
                .list();
    }

    /** Prison numbers waiting the longest, to check whether a record has them now. */
    public List<String> unknownPrisonNumbers(int limit) {
        return jdbc.sql("select prison_number from hmpps_event where state = 'unknown-prisoner'"
                        + " group by prison_number order by min(received_at) limit ?")
                .param(limit)
                .query(String.class)
                .list();
    }

    /** The queue people must work: unknown prisoners and establishments, unrecognised reasons. */
    public List<WaitingEvent> waiting(List<String> establishments, int limit) {
        return jdbc.sql("select " + EVENT_COLUMNS
                        + " from hmpps_event where state in ('unknown-prisoner', 'unknown-establishment', 'unrecognised')"
                        + " and (?::text[] is null or establishment = any(?::text[])) order by received_at limit ?")
                .params(
                        establishments == null ? null : establishments.toArray(String[]::new),
                        establishments == null ? null : establishments.toArray(String[]::new),
                        limit)
                .query(Inbox::waitingEvent)
                .list();
    }

    /** The event with this key as the queue shows it, whatever its state now. */
    public Optional<WaitingEvent> event(String key) {
        return jdbc.sql("select " + EVENT_COLUMNS + " from hmpps_event where key = ?")
                .param(key)
                .query(Inbox::waitingEvent)
                .optional();
    }

    public Optional<HmppsEvent> find(String key) {
        return jdbc.sql("select body from hmpps_event where key = ?")
                .param(key)
                .query((rs, n) -> HmppsEvent.parse(rs.getString(1)))
                .optional();
    }

    private static WaitingEvent waitingEvent(ResultSet rs, int row) throws SQLException {
        return new WaitingEvent(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                rs.getString(8));
    }
}
