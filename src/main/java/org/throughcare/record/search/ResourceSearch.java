package org.throughcare.record.search;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchParameterRegistry;

/**
 * Finds current, not deleted resources of one type matching search clauses. Used by conditional
 * create, update and delete, and by conditional references in transactions.
 */
@Component
public class ResourceSearch {

    private final JdbcClient jdbc;
    private final SearchParameterRegistry registry;

    public ResourceSearch(JdbcClient jdbc, SearchParameterRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The ids of up to {@code limit} matching resources. Every clause must be understood. */
    public List<String> matchingIds(String type, List<SearchClause> clauses, int limit) {
        if (clauses.isEmpty()) {
            throw RecordException.invalid("A conditional request needs at least one search parameter");
        }
        SqlBuilder sql =
                new SqlBuilder().append("select r.res_id from resource r where r.res_type = ? and not r.deleted", type);
        for (SearchClause clause : clauses) {
            if (clause.name().equals("_id")) {
                ClausePredicates.id(sql, clause);
            } else {
                SearchParameter parameter =
                        registry.find(type, clause.name()).orElseThrow(() -> ClausePredicates.unsupported(clause));
                ClausePredicates.append(sql, parameter, clause);
            }
        }
        sql.append(" limit ?", limit);
        return jdbc.sql(sql.sql()).params(sql.parameters()).query(String.class).list();
    }
}
