package org.throughcare.record.search;

import java.util.List;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.DerivedIndex;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchText;

/** The SQL condition of one search parameter with its modifier, by parameter type. */
final class ParameterPredicates {

    private ParameterPredicates() {}

    static void append(SqlBuilder sql, String a, Criterion.Param param) {
        SearchParameter parameter = param.parameter();
        String modifier = param.modifier();
        if ("missing".equals(modifier)) {
            missing(sql, a, parameter, param.values().getFirst().equals("true"));
            return;
        }
        switch (parameter.type()) {
            case TOKEN -> TokenPredicates.append(sql, a, param);
            case STRING -> string(sql, a, parameter.spId(), modifier, param.values());
            case DATE ->
                exists(
                        sql,
                        a,
                        "sp_date",
                        parameter.spId(),
                        param.values(),
                        (s, alias) -> value ->
                                DateConditions.append(s, alias + ".low", alias + ".high", DateValue.parse(value)));
            case NUMBER ->
                exists(
                        sql,
                        a,
                        "sp_number",
                        parameter.spId(),
                        param.values(),
                        (s, alias) -> value -> NumberConditions.append(s, alias + ".value", NumberValue.parse(value)));
            case QUANTITY ->
                exists(
                        sql,
                        a,
                        "sp_quantity",
                        parameter.spId(),
                        param.values(),
                        (s, alias) -> value -> quantity(s, alias, QuantityValue.parse(value)));
            case REFERENCE -> ReferencePredicates.append(sql, a, param);
            case URI -> uri(sql, a, parameter.spId(), modifier, param.values());
            default -> throw RecordException.invalid("Searching by " + parameter.name() + " is not supported");
        }
    }

    /** A value condition written against the index row's alias. */
    interface ValueCondition {
        java.util.function.Consumer<String> on(SqlBuilder sql, String alias);
    }

    /** EXISTS over one index table for one parameter key, with each value's condition ORed. */
    static void exists(
            SqlBuilder sql, String a, String table, int spId, List<String> values, ValueCondition condition) {
        existsOrNot(sql, a, table, spId, values, condition, false);
    }

    static void existsOrNot(
            SqlBuilder sql,
            String a,
            String table,
            int spId,
            List<String> values,
            ValueCondition condition,
            boolean not) {
        String i = sql.alias("i");
        sql.append(
                " and " + (not ? "not " : "") + "exists (select 1 from " + table + " " + i + " where " + i
                        + ".res_pk = " + a + ".res_pk" + sql.samePatient(i, a) + " and " + i + ".sp_id = ? and (",
                spId);
        String or = "";
        for (String value : values) {
            sql.append(or);
            condition.on(sql, i).accept(value);
            or = " or ";
        }
        sql.append("))");
    }

    private static void missing(SqlBuilder sql, String a, SearchParameter parameter, boolean missing) {
        String i = sql.alias("i");
        sql.append(
                " and " + (missing ? "not " : "") + "exists (select 1 from " + IndexTables.of(parameter.type()) + " "
                        + i + " where " + i + ".res_pk = " + a + ".res_pk" + sql.samePatient(i, a) + " and " + i
                        + ".sp_id = ?)",
                parameter.spId());
    }

    private static void string(SqlBuilder sql, String a, int spId, String modifier, List<String> values) {
        exists(sql, a, "sp_string", spId, values, (s, alias) -> value -> {
            String plain = SearchQueryParser.unescape(value);
            String normal = SearchText.normalise(plain);
            if ("exact".equals(modifier)) {
                s.append("(" + alias + ".norm = ? and " + alias + ".exact = ?)", normal, SearchText.limit(plain));
            } else if ("contains".equals(modifier)) {
                s.append(alias + ".norm like ?", "%" + Like.escape(normal) + "%");
            } else {
                s.append(alias + ".norm like ?", Like.escape(normal) + "%");
            }
        });
    }

    /** Token :text: the text of the concept or display of a coding, starts-with like a string. */
    static void text(SqlBuilder sql, String a, int spId, List<String> values) {
        string(sql, a, DerivedIndex.textOf(spId), null, values);
    }

    private static void quantity(SqlBuilder sql, String alias, QuantityValue value) {
        sql.append("(");
        NumberConditions.append(sql, alias + ".value", value.number());
        if (value.system() != null) {
            sql.append(" and " + alias + ".system = ?", value.system());
        }
        if (value.code() != null) {
            sql.append(" and " + alias + ".code = ?", value.code());
        }
        sql.append(")");
    }

    private static void uri(SqlBuilder sql, String a, int spId, String modifier, List<String> values) {
        exists(sql, a, "sp_uri", spId, values, (s, alias) -> value -> {
            String uri = SearchQueryParser.unescape(value);
            switch (modifier == null ? "" : modifier) {
                case "below" -> s.append(alias + ".uri like ?", Like.escape(uri) + "%");
                case "above" -> s.append("? like " + alias + ".uri || '%'", uri);
                default -> s.append(alias + ".uri = ?", uri);
            }
        });
    }
}
