package org.throughcare.record.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.StoredResource;
import org.throughcare.record.store.ResourceRow;

/**
 * Listings through the access guard: rows a query found under the guard's patient predicate are
 * released one by one (labels, reduced views); rows found another way (included, referenced) are
 * first narrowed by the same predicate, so an include never shows what a search would not.
 */
@Component
public class GuardedLists {

    private final JdbcClient jdbc;
    private final PatientIds patientIds;

    GuardedLists(JdbcClient jdbc, PatientIds patientIds) {
        this.jdbc = jdbc;
        this.patientIds = patientIds;
    }

    /** Each row as the caller may see it; rows the caller may not see are left out. */
    public List<StoredResource> released(RecordAccess access, List<ResourceRow> rows) {
        List<StoredResource> released = new ArrayList<>(rows.size());
        rows.forEach(row -> access.release(patientIds.entry(row)).ifPresent(released::add));
        return released;
    }

    /** The rows whose patient the caller may list (rows of no patient pass). */
    public List<ResourceRow> visible(RecordAccess access, List<ResourceRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(rows.stream().map(ResourceRow::resPk).toArray(Long[]::new));
        String predicate = access.patientPredicate("r.patient_pk", parameters);
        Set<Long> visible =
                Set.copyOf(jdbc.sql("select r.res_pk from resource r where r.res_pk = any(?) and " + predicate)
                        .params(parameters)
                        .query(Long.class)
                        .list());
        return rows.stream().filter(row -> visible.contains(row.resPk())).toList();
    }
}
