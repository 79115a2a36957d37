package org.throughcare.record.index;

/** The index tables, one per search parameter type, and how rows are inserted into each. */
enum IndexTable {
    TOKEN("sp_token", "system text, code text", "system, code"),
    STRING("sp_string", "norm text, exact text", "norm, exact"),
    DATE("sp_date", "low timestamptz, high timestamptz", "low, high"),
    NUMBER("sp_number", "value numeric", "value"),
    QUANTITY("sp_quantity", "value numeric, system text, code text", "value, system, code"),
    REFERENCE("sp_reference", "target_type text, target_id text", "target_type, target_id"),
    URI("sp_uri", "uri text", "uri");

    private final String tableName;
    private final String valueColumns;
    private final String valueColumnNames;

    IndexTable(String tableName, String valueColumns, String valueColumnNames) {
        this.tableName = tableName;
        this.valueColumns = valueColumns;
        this.valueColumnNames = valueColumnNames;
    }

    String tableName() {
        return tableName;
    }

    /** Value columns after the common res_pk, sp_id, patient_pk. */
    int valueColumnCount() {
        return valueColumns.split(",").length;
    }

    String insertSql() {
        String[] typed = valueColumns.split(",\\s*");
        StringBuilder arrays = new StringBuilder("?::bigint[], ?::integer[], ?::bigint[]");
        for (String column : typed) {
            arrays.append(", ?::")
                    .append(column.substring(column.indexOf(' ') + 1))
                    .append("[]");
        }
        return "insert into " + tableName + " (res_pk, sp_id, patient_pk, " + valueColumnNames + ")"
                + " select * from unnest(" + arrays + ")";
    }
}
