package org.throughcare.record.search;

import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchParameterRegistry;

/** Reads {@code _sort=a,-b}: parameters of the searched type, a minus sign for descending. */
final class SortParser {

    private SortParser() {}

    static List<SortKey> parse(SearchParameterRegistry registry, String type, String value) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : value.split(",")) {
            String name = item.trim();
            boolean descending = name.startsWith("-");
            if (descending) {
                name = name.substring(1);
            }
            if (name.equals("_id") || name.equals("_lastUpdated")) {
                keys.add(new SortKey(null, name, descending));
                continue;
            }
            String parameterName = name;
            SearchParameter parameter = registry.find(type, parameterName)
                    .filter(p -> p.compiled() != null && p.type() != RestSearchParameterTypeEnum.COMPOSITE)
                    .orElseThrow(() -> RecordException.invalid("Cannot sort " + type + " by '" + parameterName + "'"));
            keys.add(new SortKey(parameter, null, descending));
        }
        return keys;
    }
}
