package org.throughcare.record.search;

import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchParameterRegistry;

/** Reads {@code _include=Type:param[:target]} and {@code _revinclude=Type:param[:target]}. */
final class IncludeParser {

    private IncludeParser() {}

    static Include include(SearchParameterRegistry registry, String value, boolean iterate) {
        return parse(registry, value, iterate);
    }

    static Include revinclude(SearchParameterRegistry registry, String searchedType, String value, boolean iterate) {
        Include include = parse(registry, value, iterate);
        if (include.targetType() != null && !include.targetType().equals(searchedType) && !iterate) {
            throw RecordException.invalid("_revinclude " + value + " does not point at " + searchedType);
        }
        return include;
    }

    private static Include parse(SearchParameterRegistry registry, String value, boolean iterate) {
        String[] parts = value.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw RecordException.invalid(
                    "An include must be Type:parameter or Type:parameter:TargetType, not '" + value + "'");
        }
        SearchParameter reference = registry.find(parts[0], parts[1])
                .filter(p -> p.type() == RestSearchParameterTypeEnum.REFERENCE)
                .orElseThrow(() ->
                        RecordException.invalid("'" + parts[0] + ":" + parts[1] + "' is not a reference parameter"));
        return new Include(reference, parts.length == 3 ? parts[2] : null, iterate);
    }
}
