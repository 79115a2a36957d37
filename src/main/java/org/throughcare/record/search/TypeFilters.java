package org.throughcare.record.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.SearchRequest;

/**
 * Search criteria as SQL conditions on a resource row aliased {@code r}, for {@code _typeFilter} in
 * bulk export. Every parameter must be understood.
 */
@Component
public class TypeFilters {

    private final CriterionParser criteria;
    private final Clock clock;

    TypeFilters(CriterionParser criteria, Clock clock) {
        this.criteria = criteria;
        this.clock = clock;
    }

    /** Conditions ANDed onto a query, each starting with " and ". */
    public record Conditions(String sql, List<Object> parameters) {}

    /** The conditions of {@code Type?query}; checks that every parameter is known. */
    public Conditions of(String type, String query) {
        SqlBuilder sql = new SqlBuilder(clock.instant());
        for (SearchRequest.Parameter parameter : QueryParameters.parse(query)) {
            Criterion criterion = criteria.parse(type, parameter.name(), parameter.value())
                    .orElseThrow(() -> RecordException.invalid(
                            "_typeFilter uses '" + parameter.name() + "', which is not a search parameter of " + type));
            Predicates.append(sql, "r", criterion);
        }
        return new Conditions(sql.sql(), new ArrayList<>(sql.parameters()));
    }
}
