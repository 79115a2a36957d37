package org.throughcare.record.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;

/**
 * Adds the resources a page's matches refer to (_include) and that refer to them (_revinclude);
 * {@code :iterate} applies once more to what was added. Each resource appears once, and at most
 * {@value #LIMIT} are added to a page.
 */
@Component
class Includes {

    static final int LIMIT = 1000;

    private final JdbcClient jdbc;
    private final ResourceTable table;

    Includes(JdbcClient jdbc, ResourceTable table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Whether the page's includes were cut short at the limit. */
    record Result(List<ResourceRow> included, boolean truncated) {}

    Result resolve(List<Include> includes, List<Include> revincludes, List<ResourceRow> matches) {
        Map<Long, ResourceRow> seen = new LinkedHashMap<>();
        matches.forEach(row -> seen.put(row.resPk(), row));
        List<ResourceRow> added = round(includes, revincludes, matches, seen, false);
        List<ResourceRow> all = new ArrayList<>(added);
        if (!added.isEmpty()) {
            all.addAll(round(includes, revincludes, added, seen, true));
        }
        return new Result(all.stream().limit(LIMIT).toList(), all.size() > LIMIT);
    }

    private List<ResourceRow> round(
            List<Include> includes,
            List<Include> revincludes,
            List<ResourceRow> from,
            Map<Long, ResourceRow> seen,
            boolean iterating) {
        List<ResourceRow> added = new ArrayList<>();
        for (Include include : includes) {
            if (include.iterate() || !iterating) {
                keep(table.byKeys(targets(include, from)), seen, added);
            }
        }
        for (Include revinclude : revincludes) {
            if (revinclude.iterate() || !iterating) {
                keep(table.byKeys(sources(revinclude, from)), seen, added);
            }
        }
        return added;
    }

    private static void keep(List<ResourceRow> rows, Map<Long, ResourceRow> seen, List<ResourceRow> added) {
        for (ResourceRow row : rows) {
            if (seen.putIfAbsent(row.resPk(), row) == null) {
                added.add(row);
            }
        }
    }

    /** Keys of the resources that {@code from}'s resources refer to through the include's parameter. */
    private List<Long> targets(Include include, List<ResourceRow> from) {
        Long[] keys = from.stream()
                .filter(row -> row.type().equals(include.reference().resourceType()))
                .map(ResourceRow::resPk)
                .toArray(Long[]::new);
        if (keys.length == 0) {
            return List.of();
        }
        return jdbc.sql("select distinct t.res_pk from sp_reference x join resource t on t.res_type = x.target_type"
                        + " and t.res_id = x.target_id where x.res_pk = any(?) and x.sp_id = ? and not t.deleted"
                        + " and (?::text is null or t.res_type = ?) limit ?")
                .params(keys, include.reference().spId(), include.targetType(), include.targetType(), LIMIT + 1)
                .query(Long.class)
                .list();
    }

    /** Keys of the resources that refer to {@code from}'s resources through the revinclude's parameter. */
    private List<Long> sources(Include revinclude, List<ResourceRow> from) {
        List<ResourceRow> targets = from.stream()
                .filter(row -> revinclude.targetType() == null || row.type().equals(revinclude.targetType()))
                .toList();
        if (targets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select distinct x.res_pk from sp_reference x join unnest(?::text[], ?::text[]) as t(res_type, res_id)"
                                + " on x.target_type = t.res_type and x.target_id = t.res_id where x.sp_id = ? limit ?")
                .params(
                        targets.stream().map(ResourceRow::type).toArray(String[]::new),
                        targets.stream().map(ResourceRow::id).toArray(String[]::new),
                        revinclude.reference().spId(),
                        LIMIT + 1)
                .query(Long.class)
                .list();
    }
}
