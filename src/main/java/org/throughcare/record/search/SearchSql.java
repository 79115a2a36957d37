package org.throughcare.record.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.index.SearchParameter;

/** Assembles the statements of a search: its matching keys in order, and its count. */
final class SearchSql {

    private SearchSql() {}

    /** The keys of matching current resources, sorted, at most {@code limit}. */
    static SqlBuilder matches(ParsedSearch search, int limit, Instant now, RecordAccess access) {
        SqlBuilder sql = where(search, "select r.res_pk from resource r", now, access);
        sql.append(" order by ");
        for (SortKey key : search.sort()) {
            orderBy(sql, key);
            sql.append(", ");
        }
        sql.append("r.res_pk limit ?", limit);
        return sql;
    }

    /**
     * Matching keys for conditional writes: not narrowed by the caller's access, as the write that
     * follows is itself checked against the resource it finds (docs/security.md, known gaps).
     */
    static SqlBuilder matches(ParsedSearch search, int limit, Instant now) {
        return matches(search, limit, now, null);
    }

    static SqlBuilder count(ParsedSearch search, Instant now, RecordAccess access) {
        return where(search, "select count(*) from resource r", now, access);
    }

    /** Only resources whose patient the caller may list (the access guard's predicate) ever match. */
    private static SqlBuilder where(ParsedSearch search, String select, Instant now, RecordAccess access) {
        SqlBuilder sql = new SqlBuilder(now, search.patient() != null)
                .append(select + " where r.res_type = ? and not r.deleted", search.type());
        if (search.patient() != null) {
            // Every match is stored under this patient: keep the whole query to their rows.
            sql.append(
                    " and r.patient_pk = (select p.res_pk from resource p where p.res_type = 'Patient'"
                            + " and p.res_id = ?)",
                    search.patient());
        }
        search.criteria().forEach(criterion -> Predicates.append(sql, "r", criterion));
        if (access != null) {
            List<Object> parameters = new ArrayList<>();
            String visible = access.patientPredicate("r.patient_pk", parameters);
            sql.append(" and " + visible, parameters.toArray());
        }
        return sql;
    }

    /** A resource sorts by its lowest value ascending and its highest descending; those without come last. */
    private static void orderBy(SqlBuilder sql, SortKey key) {
        String direction = key.descending() ? " desc nulls last" : " asc nulls last";
        if (key.parameter() == null) {
            sql.append((key.special().equals("_id") ? "r.res_id" : "r.last_updated") + direction);
            return;
        }
        SearchParameter parameter = key.parameter();
        String column =
                switch (parameter.type()) {
                    case DATE -> key.descending() ? "high" : "low";
                    case STRING -> "norm";
                    case TOKEN -> "code";
                    case NUMBER, QUANTITY -> "value";
                    case REFERENCE -> "target_id";
                    case URI -> "uri";
                    default -> throw new IllegalStateException("cannot sort by " + parameter.type());
                };
        String aggregate = key.descending() ? "max" : "min";
        sql.append(
                "(select " + aggregate + "(s." + column + ") from " + IndexTables.of(parameter.type())
                        + " s where s.res_pk = r.res_pk and s.sp_id = ?)" + direction,
                parameter.spId());
    }
}
