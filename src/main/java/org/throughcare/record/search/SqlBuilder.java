package org.throughcare.record.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A query being built, with its positional parameters and fresh aliases for nested subqueries. */
final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final Instant now;
    private int aliases;

    SqlBuilder(Instant now) {
        this.now = now;
    }

    SqlBuilder append(String text, Object... values) {
        sql.append(text);
        parameters.addAll(List.of(values));
        return this;
    }

    /** A table alias not yet used in this query. */
    String alias(String prefix) {
        return prefix + (++aliases);
    }

    /** The moment of the search, for "ap" (approximately) on dates. */
    Instant now() {
        return now;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }
}
