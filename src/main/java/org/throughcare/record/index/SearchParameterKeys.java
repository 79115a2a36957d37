package org.throughcare.record.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gives each search parameter a stable key in the search_param table, adding new ones. */
class SearchParameterKeys {

    private final JdbcClient jdbc;

    SearchParameterKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keys of all the given parameters ("Type.name" to sp_id), creating missing rows in one statement. */
    Map<String, Integer> synchronise(List<SearchParameterDefinition> definitions) {
        Map<String, Integer> keys = load();
        List<SearchParameterDefinition> missing = definitions.stream()
                .filter(definition -> !keys.containsKey(definition.qualifiedName()))
                .toList();
        if (missing.isEmpty()) {
            return keys;
        }
        jdbc.sql("insert into search_param (res_type, name, param_type, expression)"
                        + " select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])"
                        + " on conflict (res_type, name) do nothing")
                .params(
                        column(missing, SearchParameterDefinition::resourceType),
                        column(missing, SearchParameterDefinition::name),
                        column(missing, definition -> definition.type().getCode()),
                        column(missing, SearchParameterDefinition::expression))
                .update();
        return load();
    }

    private static String[] column(
            List<SearchParameterDefinition> rows, Function<SearchParameterDefinition, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private Map<String, Integer> load() {
        Map<String, Integer> keys = new HashMap<>();
        jdbc.sql("select res_type, name, sp_id from search_param").query(rs -> {
            keys.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3));
        });
        return keys;
    }
}
