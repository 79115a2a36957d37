package org.throughcare.record.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Date comparisons between the range a resource's value covers ({@code low}..{@code high}) and the
 * range of the search value, exactly as FHIR R4 defines each prefix (search 3.1.1.4.1): eq means
 * the value's range lies within the search range; gt means some of it lies after; sa means all of it
 * does; ap allows ten per cent of the distance from now either side.
 */
final class DateConditions {

    private DateConditions() {}

    static void append(SqlBuilder sql, String low, String high, DateValue value) {
        Timestamp from = Timestamp.from(value.low());
        Timestamp to = Timestamp.from(value.high());
        switch (value.prefix()) {
            case EQ -> sql.append("(" + low + " >= ? and " + high + " <= ?)", from, to);
            case NE -> sql.append("not (" + low + " >= ? and " + high + " <= ?)", from, to);
            case GT -> sql.append(high + " > ?", to);
            case LT -> sql.append(low + " < ?", from);
            case GE -> sql.append("(" + high + " > ? or (" + low + " >= ? and " + high + " <= ?))", to, from, to);
            case LE -> sql.append("(" + low + " < ? or (" + low + " >= ? and " + high + " <= ?))", from, from, to);
            case SA -> sql.append(low + " > ?", to);
            case EB -> sql.append(high + " < ?", from);
            case AP -> approximately(sql, low, high, value);
        }
    }

    private static void approximately(SqlBuilder sql, String low, String high, DateValue value) {
        Duration tolerance = Duration.between(value.low(), sql.now()).abs().dividedBy(10);
        Instant from = value.low().minus(tolerance);
        Instant to = value.high().plus(tolerance);
        sql.append("(" + low + " <= ? and " + high + " >= ?)", Timestamp.from(to), Timestamp.from(from));
    }
}
