package org.throughcare.custody.reception;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.throughcare.custody.TaskKind;

/**
 * When the work of an arrival is due. Days are days in England (Europe/London), so a patient
 * arriving at 23:30 in summer is screened "the same day" by midnight London time.
 */
public final class Deadlines {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Deadlines() {}

    /** The tasks an arrival (new reception or transfer in) brings, and when each is due. */
    public static Map<TaskKind, Instant> forArrival(Instant arrival) {
        Map<TaskKind, Instant> due = new LinkedHashMap<>();
        // NICE NG57 1.1.1: first-stage assessment on the day of arrival.
        due.put(TaskKind.FIRST_RECEPTION_SCREEN, endOfLondonDay(arrival));
        // NICE QS156 st.1: medicines reconciliation before the second stage, so due by it at the latest.
        due.put(TaskKind.MEDICINES_RECONCILIATION, arrival.plus(Duration.ofDays(7)));
        // NICE QS156 st.2: second-stage health assessment within 7 days of arrival or transfer.
        due.put(TaskKind.SECOND_STAGE_ASSESSMENT, arrival.plus(Duration.ofDays(7)));
        // Opt-out BBV testing offered within 72 hours of arrival.
        due.put(TaskKind.BBV_TEST_OFFER, arrival.plus(Duration.ofHours(72)));
        return due;
    }

    /** The last moment of the London day the instant falls in. */
    public static Instant endOfLondonDay(Instant instant) {
        return instant.atZone(LONDON)
                .toLocalDate()
                .atTime(LocalTime.MAX)
                .atZone(LONDON)
                .toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Whether work due then, done (or not yet done) now, breaches its deadline. */
    public static boolean breached(Instant due, Instant doneOrNow) {
        return doneOrNow.isAfter(due);
    }
}
