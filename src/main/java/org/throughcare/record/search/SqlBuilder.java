package org.throughcare.record.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A query being built, with its positional parameters and fresh aliases for nested subqueries. */
final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final Instant now;
    private final boolean patientScoped;
    private int aliases;

    SqlBuilder(Instant now) {
        this(now, false);
    }

    SqlBuilder(Instant now, boolean patientScoped) {
        this.now = now;
        this.patientScoped = patientScoped;
    }

    /**
     * The condition keeping an index-row alias to the searched resource's patient, when the search
     * is about one patient; index rows carry their resource's patient, so it never excludes a match.
     */
    String samePatient(String indexAlias, String resourceAlias) {
        return patientScoped && resourceAlias.equals("r")
                ? " and " + indexAlias + ".patient_pk = " + resourceAlias + ".patient_pk"
                : "";
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
