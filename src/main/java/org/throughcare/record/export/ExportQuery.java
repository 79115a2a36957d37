package org.throughcare.record.export;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.record.ExportRequest;
import org.throughcare.record.search.TypeFilters;

/**
 * The resources of one type an export holds, as the record stood at the job's transaction time:
 * current versions written by then, and for resources changed since, the version current then. A
 * resource deleted after that time is still exported; one created after it is not.
 */
final class ExportQuery {

    private final String sql;
    private final List<Object> parameters;

    private ExportQuery(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    String sql() {
        return sql;
    }

    Object[] parameters() {
        return parameters.toArray();
    }

    static ExportQuery bodies(ExportJob job, String type, TypeFilters filters) {
        return build(job, type, filters, "v.body");
    }

    static ExportQuery count(ExportJob job, String type, TypeFilters filters) {
        return build(job, type, filters, "count(*)");
    }

    private static ExportQuery build(ExportJob job, String type, TypeFilters filters, String select) {
        Timestamp at = Timestamp.from(job.transactionTime());
        List<Object> parameters = new ArrayList<>();
        String scope = scope(job, type, filters, parameters);
        List<Object> current = new ArrayList<>(List.of(type, at));
        current.addAll(parameters);
        List<Object> changed = new ArrayList<>(List.of(at, type, at));
        changed.addAll(parameters);
        String since = job.since() == null ? "" : " and v_time >= ?";
        String sql = "select " + select + " from ("
                + "select r.body::text as body, r.last_updated as v_time from resource r"
                + " where r.res_type = ? and not r.deleted and r.last_updated <= ?" + scope
                + " union all select h.body::text, h.last_updated from resource r join lateral (select body, deleted,"
                + " last_updated from resource_history h where h.res_pk = r.res_pk and h.last_updated <= ?"
                + " order by h.version desc limit 1) h on not h.deleted"
                + " where r.res_type = ? and r.last_updated > ?" + scope
                + ") v where true" + since;
        List<Object> all = new ArrayList<>(current);
        all.addAll(changed);
        if (job.since() != null) {
            all.add(Timestamp.from(job.since()));
        }
        return new ExportQuery(sql, all);
    }

    /** Which rows of the type belong: everything, every patient's compartment, or a group's members'. */
    private static String scope(ExportJob job, String type, TypeFilters filters, List<Object> parameters) {
        StringBuilder scope = new StringBuilder();
        if (job.level() == ExportRequest.Level.PATIENT) {
            scope.append(" and r.patient_pk is not null");
        } else if (job.level() == ExportRequest.Level.GROUP) {
            scope.append(" and r.patient_pk = any(?)");
            parameters.add(job.patientKeys().toArray(Long[]::new));
        }
        // Several filters for one type are alternatives (Bulk Data v2, _typeFilter): ORed.
        List<String> alternatives = new ArrayList<>();
        for (String filter : job.typeFilters()) {
            int question = filter.indexOf('?');
            if (filter.substring(0, question).equals(type)) {
                TypeFilters.Conditions conditions = filters.of(type, filter.substring(question + 1));
                alternatives.add("(true" + conditions.sql() + ")");
                parameters.addAll(conditions.parameters());
            }
        }
        if (!alternatives.isEmpty()) {
            scope.append(" and (").append(String.join(" or ", alternatives)).append(")");
        }
        return scope.toString();
    }
}
