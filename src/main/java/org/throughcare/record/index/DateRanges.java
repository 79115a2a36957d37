package org.throughcare.record.index;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/**
 * The range of instants a FHIR date or dateTime covers at its precision: "2020" is the whole of
 * 2020, "2020-03-01T10:00Z" a single minute. Values without a time zone (dates) are read in the
 * record's local zone, Europe/London, as the FHIR search specification asks.
 */
public final class DateRanges {

    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/London");
    /** Open-ended ranges (a Period with no end) reach these bounds, inside PostgreSQL's range. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private DateRanges() {}

    public static Instant low(BaseDateTimeType value) {
        return start(value);
    }

    public static Instant high(BaseDateTimeType value) {
        LocalDateTime start = localStart(value);
        LocalDateTime next = start.plus(1, unit(value.getPrecision()));
        return toInstant(value, next).minus(1, ChronoUnit.MICROS);
    }

    private static Instant start(BaseDateTimeType value) {
        return toInstant(value, localStart(value));
    }

    private static LocalDateTime localStart(BaseDateTimeType value) {
        TemporalPrecisionEnum precision = value.getPrecision();
        int month = precision.ordinal() >= TemporalPrecisionEnum.MONTH.ordinal() ? value.getMonth() + 1 : 1;
        int day = precision.ordinal() >= TemporalPrecisionEnum.DAY.ordinal() ? value.getDay() : 1;
        LocalDateTime date = LocalDate.of(value.getYear(), month, day).atStartOfDay();
        if (precision.ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
            return date;
        }
        int seconds = precision.ordinal() >= TemporalPrecisionEnum.SECOND.ordinal() ? value.getSecond() : 0;
        int millis = precision == TemporalPrecisionEnum.MILLI ? value.getMillis() : 0;
        return date.withHour(value.getHour())
                .withMinute(value.getMinute())
                .withSecond(seconds)
                .withNano(millis * 1_000_000);
    }

    private static Instant toInstant(BaseDateTimeType value, LocalDateTime local) {
        if (value.getTimeZone() != null && value.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()) {
            return local.atZone(value.getTimeZone().toZoneId()).toInstant();
        }
        return local.atZone(LOCAL_ZONE).toInstant();
    }

    private static ChronoUnit unit(TemporalPrecisionEnum precision) {
        return switch (precision) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            case DAY -> ChronoUnit.DAYS;
            case MINUTE -> ChronoUnit.MINUTES;
            case SECOND -> ChronoUnit.SECONDS;
            case MILLI -> ChronoUnit.MILLIS;
        };
    }
}
