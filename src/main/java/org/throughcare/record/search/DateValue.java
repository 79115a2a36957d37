package org.throughcare.record.search;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.DateTimeType;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.DateRanges;

/**
 * A date search value: its prefix and the range of instants it covers at its precision ("2020" is
 * the whole year, in Europe/London when no zone is given).
 */
record DateValue(Prefix prefix, Instant low, Instant high) {

    /** Search values may stop at the minute (2024-03-10T09:15), which a FHIR dateTime may not. */
    private static final Pattern MINUTES =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})(Z|[+-]\\d{2}:\\d{2})?");

    private static DateTimeType parseDateTime(String text) {
        Matcher minutes = MINUTES.matcher(text);
        if (!minutes.matches()) {
            return new DateTimeType(text);
        }
        String zone = minutes.group(2) == null ? "" : minutes.group(2);
        DateTimeType value = new DateTimeType(minutes.group(1) + ":00" + zone);
        value.setPrecision(TemporalPrecisionEnum.MINUTE);
        return value;
    }

    static DateValue parse(String raw) {
        Prefix prefix = Prefix.of(raw);
        // An unescaped '+' in a time zone arrives as a space after form decoding.
        String text = Prefix.strip(raw).replace(' ', '+');
        try {
            DateTimeType value = parseDateTime(text);
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
