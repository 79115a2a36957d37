package org.throughcare.record.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.SearchParameterRegistry;

/**
 * Finds the current resources matching search criteria, for conditional create, update and delete
 * and conditional references. Every parameter must be understood: an ignored parameter would widen
 * the match and could update the wrong patient.
 */
@Component
public class ResourceSearch {

    private final JdbcClient jdbc;
    private final CriterionParser criteria;
    private final Clock clock;
    private final SearchParameterRegistry registry;

    public ResourceSearch(JdbcClient jdbc, CriterionParser criteria, Clock clock, SearchParameterRegistry registry) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.clock = clock;
        this.registry = registry;
    }

    /** The ids of up to {@code limit} matching resources. */
    public List<String> matchingIds(String type, List<SearchClause> clauses, int limit) {
        if (clauses.isEmpty()) {
            throw RecordException.invalid("A conditional request needs at least one search parameter");
        }
        List<Criterion> conditions = new ArrayList<>();
        for (SearchClause clause : clauses) {
            String name = clause.modifier() == null ? clause.name() : clause.name() + ":" + clause.modifier();
            conditions.add(criteria.parse(type, name, String.join(",", clause.values()))
                    .orElseThrow(() ->
                            RecordException.invalid("The search parameter '" + name + "' is not known for " + type)));
        }
        ParsedSearch search = new ParsedSearch(
                type,
                conditions,
                List.of(),
                List.of(),
                List.of(),
                limit,
                ParsedSearch.Total.NONE,
                false,
                List.of(),
                "",
                PatientScope.of(type, conditions, registry).orElse(null));
        SqlBuilder sql = SearchSql.matches(search, limit, clock.instant());
        return jdbc.sql(sql.sql().replace("select r.res_pk from", "select r.res_id from"))
                .params(sql.parameters())
                .query(String.class)
                .list();
    }
}
