package org.throughcare.record.search;

import java.math.BigDecimal;
import org.throughcare.record.Decimals;
import org.throughcare.record.RecordException;

/**
 * A number search value with its implicit range: "100" means [99.5, 100.5) and "100.00" means
 * [99.995, 100.005), as the precision of the value given (FHIR R4 search 3.1.1.4.2).
 */
record NumberValue(Prefix prefix, BigDecimal value, BigDecimal low, BigDecimal high) {

    static NumberValue parse(String raw) {
        Prefix prefix = Prefix.of(raw);
        try {
            BigDecimal value = new BigDecimal(Prefix.strip(raw).trim());
            if (!Decimals.inRange(value)) {
                throw RecordException.invalid(
                        "'" + raw + "' has more than " + Decimals.DIGITS + " digits before or after the decimal point");
            }
            BigDecimal half =
                    BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
            if (value.scale() < 0) {
                half = BigDecimal.ONE.movePointRight(-value.scale()).divide(BigDecimal.valueOf(2));
            }
            return new NumberValue(prefix, value, value.subtract(half), value.add(half));
        } catch (NumberFormatException | ArithmeticException e) {
            throw RecordException.invalid("'" + raw + "' is not a valid number search value (such as gt100.5)");
        }
    }

    /** Ten per cent either side, the tolerance of "ap" (approximately). */
    BigDecimal tolerance() {
        return value.abs().multiply(BigDecimal.valueOf(0.1));
    }
}
