package org.throughcare.record.index;

import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search_param table: each parameter's key, expression, whether it is custom, and whether an
 * online reindex is still building its index.
 */
class SearchParameterRows {

    /** One row as stored. */
    record Row(
            int spId,
            String resourceType,
            String name,
            String type,
            String expression,
            String status,
            boolean custom) {}

    private final JdbcClient jdbc;

    SearchParameterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Row> all() {
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql("select sp_id, res_type, name, param_type, expression, status, custom from search_param")
                .query((rs, n) -> new Row(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list()
                .forEach(row -> rows.put(row.resourceType() + "." + row.name(), row));
        return rows;
    }

    /** Custom parameters (from SearchParameter resources) of a type, as definitions. */
    List<SearchParameterDefinition> custom(String resourceType) {
        return jdbc.sql("select name, param_type, expression from search_param where res_type = ? and custom"
                        + " and status <> 'retired'")
                .param(resourceType)
                .query((rs, n) -> new SearchParameterDefinition(
                        resourceType,
                        rs.getString(1),
                        RestSearchParameterTypeEnum.forCode(rs.getString(2)),
                        rs.getString(3),
                        Set.of(),
                        Set.of(),
                        true))
                .list();
    }

    /** When any definition last changed, so other nodes notice. */
    Instant lastChange() {
        return jdbc.sql("select coalesce(max(changed_at), 'epoch') from search_param")
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /** Records a new definition of a parameter and marks it building; returns its key. */
    int define(SearchParameterDefinition definition, Instant now) {
        return jdbc.sql("insert into search_param (res_type, name, param_type, expression, custom, status, changed_at)"
                        + " values (?, ?, ?, ?, ?, 'building', ?) on conflict (res_type, name) do update set"
                        + " param_type = excluded.param_type, expression = excluded.expression, status = 'building',"
                        + " changed_at = excluded.changed_at returning sp_id")
                .params(
                        definition.resourceType(),
                        definition.name(),
                        definition.type().getCode(),
                        definition.expression(),
                        definition.custom(),
                        Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    /** Records many new parameters in one statement, ready at once (no resource of their types exists yet). */
    void defineReady(List<SearchParameterDefinition> definitions, Instant now) {
        jdbc.sql(
                        "insert into search_param (res_type, name, param_type, expression, custom, status, changed_at)"
                                + " select t, n, p, e, false, 'ready', ? from unnest(?::text[], ?::text[], ?::text[], ?::text[])"
                                + " as d(t, n, p, e) on conflict (res_type, name) do update set expression = excluded.expression")
                .params(
                        Timestamp.from(now),
                        definitions.stream()
                                .map(SearchParameterDefinition::resourceType)
                                .toArray(String[]::new),
                        definitions.stream()
                                .map(SearchParameterDefinition::name)
                                .toArray(String[]::new),
                        definitions.stream().map(d -> d.type().getCode()).toArray(String[]::new),
                        definitions.stream()
                                .map(SearchParameterDefinition::expression)
                                .toArray(String[]::new))
                .update();
    }

    void retire(String resourceType, String name, Instant now) {
        jdbc.sql(
                        "update search_param set status = 'retired', changed_at = ? where res_type = ? and name = ? and custom")
                .params(Timestamp.from(now), resourceType, name)
                .update();
    }

    void ready(List<Integer> spIds, Instant now) {
        jdbc.sql(
                        "update search_param set status = 'ready', changed_at = ? where sp_id = any(?) and status = 'building'")
                .params(Timestamp.from(now), spIds.toArray(Integer[]::new))
                .update();
    }
}
