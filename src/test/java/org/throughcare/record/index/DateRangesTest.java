package org.throughcare.record.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.junit.jupiter.api.Test;

class DateRangesTest {

    @Test
    void aYearCoversTheWholeYearInLondon() {
        DateType year = new DateType("2020");

        assertThat(DateRanges.low(year)).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(DateRanges.high(year)).isEqualTo(Instant.parse("2020-12-31T23:59:59.999999Z"));
    }

    @Test
    void aSummerDayIsALondonDayInBritishSummerTime() {
        DateType day = new DateType("2024-07-01");

        assertThat(DateRanges.low(day)).isEqualTo(Instant.parse("2024-06-30T23:00:00Z"));
        assertThat(DateRanges.high(day)).isEqualTo(Instant.parse("2024-07-01T22:59:59.999999Z"));
    }

    @Test
    void aMonthAcrossTheClockChange() {
        DateType march = new DateType("2024-03");

        assertThat(DateRanges.low(march)).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(DateRanges.high(march)).isEqualTo(Instant.parse("2024-03-31T22:59:59.999999Z"));
    }

    @Test
    void aTimeWithAZoneIsThatMinuteOrSecond() {
        DateTimeType seconds = new DateTimeType("2024-01-15T10:30:15+02:00");

        assertThat(DateRanges.low(seconds)).isEqualTo(Instant.parse("2024-01-15T08:30:15Z"));
        assertThat(DateRanges.high(seconds)).isEqualTo(Instant.parse("2024-01-15T08:30:15.999999Z"));
    }

    @Test
    void millisecondsAreKept() {
        DateTimeType millis = new DateTimeType("2024-01-15T10:30:15.250Z");

        assertThat(DateRanges.low(millis)).isEqualTo(Instant.parse("2024-01-15T10:30:15.250Z"));
        assertThat(DateRanges.high(millis)).isEqualTo(Instant.parse("2024-01-15T10:30:15.250999Z"));
    }
}
