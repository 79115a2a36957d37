package org.throughcare.record.search;

/**
 * Number comparisons (FHIR R4 search 3.1.1.4.2): eq and ne use the implicit range of the value as
 * written ("100" is 99.5 up to 100.5); gt, lt, ge and le compare with the value itself; ap allows
 * ten per cent either side.
 */
final class NumberConditions {

    private NumberConditions() {}

    static void append(SqlBuilder sql, String column, NumberValue value) {
        switch (value.prefix()) {
            case EQ -> sql.append("(" + column + " >= ? and " + column + " < ?)", value.low(), value.high());
            case NE -> sql.append("not (" + column + " >= ? and " + column + " < ?)", value.low(), value.high());
            case GT, SA -> sql.append(column + " > ?", value.value());
            case LT, EB -> sql.append(column + " < ?", value.value());
            case GE -> sql.append(column + " >= ?", value.value());
            case LE -> sql.append(column + " <= ?", value.value());
            case AP ->
                sql.append(
                        column + " between ? and ?",
                        value.value().subtract(value.tolerance()),
                        value.value().add(value.tolerance()));
        }
    }
}
