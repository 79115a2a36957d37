package org.throughcare.record.search;

import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;

/** Which index table holds the values of each parameter type. */
final class IndexTables {

    private IndexTables() {}

    static String of(RestSearchParameterTypeEnum type) {
        return switch (type) {
            case TOKEN -> "sp_token";
            case STRING -> "sp_string";
            case DATE -> "sp_date";
            case NUMBER -> "sp_number";
            case QUANTITY -> "sp_quantity";
            case REFERENCE -> "sp_reference";
            case URI -> "sp_uri";
            default -> throw new IllegalArgumentException("no index table for " + type);
        };
    }
}
