package org.throughcare.record.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.index.SearchParameterRegistry;
import org.throughcare.record.store.ResourceRow;

/**
 * What {@code Patient/[id]/$everything} returns: the patient, every resource in their compartment
 * (stored under them, or naming them through any Patient-compartment parameter), optionally only
 * some types or only what changed since a time; and, on each page, the resources those refer to
 * that belong to no patient (practitioners, organisations, locations, medications).
 */
@Component
class PatientEverything {

    private final JdbcClient jdbc;
    private final SearchParameterRegistry registry;

    PatientEverything(JdbcClient jdbc, SearchParameterRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The keys of the compartment, in key order, at most {@code limit}. */
    List<Long> keys(ResourceRow patient, Instant since, Set<String> types, int limit) {
        String[] typeFilter = types.isEmpty() ? null : types.toArray(String[]::new);
        Timestamp sinceFilter = since == null ? null : Timestamp.from(since);
        return jdbc.sql("select res_pk from ("
                        + " select r.res_pk from resource r where r.patient_pk = ? and not r.deleted"
                        + filters("r")
                        + " union select r.res_pk from sp_reference x join resource r using (res_pk)"
                        + " where x.target_id = ? and x.target_type = 'Patient' and x.sp_id = any(?) and not r.deleted"
                        // Resources stored under the patient came from the first branch already.
                        + " and r.patient_pk is distinct from ?"
                        + filters("r")
                        + ") compartment order by res_pk limit ?")
                .params(
                        patient.resPk(),
                        typeFilter,
                        typeFilter,
                        sinceFilter,
                        sinceFilter,
                        patient.id(),
                        registry.allPatientCompartmentKeys().toArray(Integer[]::new),
                        patient.resPk(),
                        typeFilter,
                        typeFilter,
                        sinceFilter,
                        sinceFilter,
                        limit)
                .query(Long.class)
                .list();
    }

    private static String filters(String alias) {
        return " and (?::text[] is null or " + alias + ".res_type = any(?::text[]))"
                + " and (?::timestamptz is null or " + alias + ".last_updated >= ?::timestamptz)";
    }

    /** Keys of resources outside any patient that the page's resources refer to. */
    List<Long> referenced(List<ResourceRow> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct t.res_pk from sp_reference x join resource t on t.res_type = x.target_type"
                        + " and t.res_id = x.target_id where x.res_pk = any(?) and t.patient_pk is null and not t.deleted"
                        + " limit ?")
                .params(page.stream().map(ResourceRow::resPk).toArray(Long[]::new), Includes.LIMIT)
                .query(Long.class)
                .list();
    }
}
