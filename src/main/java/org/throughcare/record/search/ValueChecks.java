package org.throughcare.record.search;

import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.List;

/** Refuses malformed values up front (a bad date, an unknown prefix), before any SQL is built. */
final class ValueChecks {

    private ValueChecks() {}

    static void check(RestSearchParameterTypeEnum type, List<String> values) {
        for (String value : values) {
            switch (type) {
                case DATE -> DateValue.parse(value);
                case NUMBER -> NumberValue.parse(value);
                case QUANTITY -> QuantityValue.parse(value);
                default -> {}
            }
        }
    }
}
