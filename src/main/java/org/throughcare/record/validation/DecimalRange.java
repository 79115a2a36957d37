package org.throughcare.record.validation;

import java.util.List;
import org.hl7.fhir.r4.model.DecimalType;
import org.throughcare.record.Decimals;
import org.throughcare.record.Issue;

/** A decimal element must be one the record can store and serve ({@link Decimals}). */
final class DecimalRange {

    private DecimalRange() {}

    static void check(DecimalType decimal, String path, List<Issue> issues) {
        if (decimal.getValue() != null && !Decimals.inRange(decimal.getValue())) {
            issues.add(Issue.error(
                    "value",
                    "Element " + path + " is a decimal with more than " + Decimals.DIGITS
                            + " digits before or after the decimal point",
                    path));
        }
    }
}
