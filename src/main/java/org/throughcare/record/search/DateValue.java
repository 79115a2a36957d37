package org.throughcare.record.search;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import org.hl7.fhir.r4.model.DateTimeType;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.DateRanges;

/**
 * A date search value: its prefix and the range of instants it covers at its precision ("2020" is
 * the whole year, in Europe/London when no zone is given).
 */
record DateValue(Prefix prefix, Instant low, Instant high) {

    static DateValue parse(String raw) {
        Prefix prefix = Prefix.of(raw);
        // An unescaped '+' in a time zone arrives as a space after form decoding.
        String text = Prefix.strip(raw).replace(' ', '+');
        try {
            DateTimeType value = new DateTimeType(text);
            if (value.getValue() == null || value.getPrecision() == null) {
                throw new IllegalArgumentException();
            }
            if (value.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal() && value.getTimeZone() == null) {
                value.setTimeZone(java.util.TimeZone.getTimeZone(DateRanges.LOCAL_ZONE));
            }
            return new DateValue(prefix, DateRanges.low(value), DateRanges.high(value));
        } catch (RuntimeException e) {
            throw RecordException.invalid("'" + raw + "' is not a valid date search value (such as ge2024-01-31)");
        }
    }
}
