package org.throughcare.record.index;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings the search_param table in line with the definitions this version knows. A parameter that
 * is new, or whose expression changed, is recorded; if resources of its type already exist its
 * index must be built for them, so it is marked building and a reindex job is queued.
 */
class SearchParameterKeys {

    private final JdbcClient jdbc;
    private final SearchParameterRows rows;
    private final ReindexJobs reindex;
    private final Clock clock;

    SearchParameterKeys(JdbcClient jdbc, SearchParameterRows rows, ReindexJobs reindex, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.reindex = reindex;
        this.clock = clock;
    }

    Map<String, SearchParameterRows.Row> synchronise(List<SearchParameterDefinition> definitions) {
        Map<String, SearchParameterRows.Row> existing = rows.all();
        List<SearchParameterDefinition> changed = definitions.stream()
                .filter(definition -> {
                    SearchParameterRows.Row row = existing.get(definition.qualifiedName());
                    return row == null || !Objects.equals(row.expression(), definition.expression());
                })
                .toList();
        if (changed.isEmpty()) {
            return existing;
        }
        Set<String> held = heldTypes();
        rows.defineReady(
                changed.stream().filter(d -> !held.contains(d.resourceType())).toList(), clock.instant());
        for (SearchParameterDefinition definition : changed) {
            if (held.contains(definition.resourceType())) {
                reindex.enqueue(definition.resourceType(), List.of(rows.define(definition, clock.instant())));
            }
        }
        return rows.all();
    }

    private Set<String> heldTypes() {
        return Set.copyOf(jdbc.sql("select distinct res_type from resource")
                .query(String.class)
                .list());
    }
}
