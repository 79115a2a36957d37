package org.throughcare.record.index;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Index entries of many resources turned into one array per column of each index table. */
final class IndexColumns {

    /** One column's SQL element type and values. */
    record Column(String sqlType, Object[] values) {}

    private final Map<IndexTable, List<Object[]>> rows = new EnumMap<>(IndexTable.class);

    private IndexColumns() {}

    static IndexColumns of(Collection<ResourceIndex> resources) {
        IndexColumns columns = new IndexColumns();
        for (ResourceIndex resource : resources) {
            for (IndexEntry entry : resource.entries()) {
                columns.add(resource, entry);
            }
        }
        return columns;
    }

    List<IndexTable> nonEmptyTables() {
        return List.copyOf(rows.keySet());
    }

    List<Column> columnsOf(IndexTable table) {
        List<Object[]> tableRows = rows.get(table);
        String[] types = sqlTypes(table);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < types.length; c++) {
            Object[] values = new Object[tableRows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = tableRows.get(r)[c];
            }
            columns.add(new Column(types[c], values));
        }
        return columns;
    }

    private static String[] sqlTypes(IndexTable table) {
        return switch (table) {
            case TOKEN -> new String[] {"bigint", "integer", "bigint", "text", "text"};
            case STRING -> new String[] {"bigint", "integer", "bigint", "text", "text"};
            case DATE -> new String[] {"bigint", "integer", "bigint", "timestamptz", "timestamptz"};
            case NUMBER -> new String[] {"bigint", "integer", "bigint", "numeric"};
            case QUANTITY -> new String[] {"bigint", "integer", "bigint", "numeric", "text", "text"};
            case REFERENCE -> new String[] {"bigint", "integer", "bigint", "text", "text"};
            case URI -> new String[] {"bigint", "integer", "bigint", "text"};
        };
    }

    private void add(ResourceIndex resource, IndexEntry entry) {
        Object pk = resource.resPk();
        Object patient = resource.patientPk();
        int sp = entry.spId();
        switch (entry) {
            case IndexEntry.Token t -> row(IndexTable.TOKEN, pk, sp, patient, t.system(), t.code());
            case IndexEntry.Text s ->
                row(IndexTable.STRING, pk, sp, patient, SearchText.normalise(s.value()), SearchText.limit(s.value()));
            case IndexEntry.DateRange d ->
                row(IndexTable.DATE, pk, sp, patient, Timestamp.from(d.low()), Timestamp.from(d.high()));
            case IndexEntry.Number n -> row(IndexTable.NUMBER, pk, sp, patient, n.value());
            case IndexEntry.Quantity q -> row(IndexTable.QUANTITY, pk, sp, patient, q.value(), q.system(), q.code());
            case IndexEntry.Reference r -> row(IndexTable.REFERENCE, pk, sp, patient, r.targetType(), r.targetId());
            case IndexEntry.Uri u -> row(IndexTable.URI, pk, sp, patient, u.uri());
        }
    }

    private void row(IndexTable table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }
}
