package org.throughcare.record.search;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause being built, with its positional parameters. */
final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SqlBuilder append(String text, Object... values) {
        sql.append(text);
        parameters.addAll(List.of(values));
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }
}
