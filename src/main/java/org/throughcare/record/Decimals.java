package org.throughcare.record;

import java.math.BigDecimal;

/**
 * The decimals the record stores, indexes, serves and searches by: written out in full (as they are
 * served in JSON), at most {@value #DIGITS} digits before the decimal point and {@value #DIGITS}
 * after. Without a bound, "1e999999" (nine bytes) is a million digits in every answer that holds it
 * and the database refuses it (a search by it took minutes before failing); measurements and
 * coordinates need far fewer digits than this.
 */
public final class Decimals {

    public static final int DIGITS = 32;

    private Decimals() {}

    public static boolean inRange(BigDecimal value) {
        return value.precision() - value.scale() <= DIGITS && value.scale() <= DIGITS;
    }
}
