package org.throughcare.record.search;

import java.util.List;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.DerivedIndex;

/**
 * Token conditions: {@code system|code} and its partial forms, {@code :not} (no matching code,
 * including resources with none), {@code :text} (the concept's text or a coding's display),
 * {@code :of-type} (identifier type and value).
 */
final class TokenPredicates {

    private TokenPredicates() {}

    static void append(SqlBuilder sql, String a, Criterion.Param param) {
        int spId = param.parameter().spId();
        String modifier = param.modifier() == null ? "" : param.modifier();
        switch (modifier) {
            case "text" -> ParameterPredicates.text(sql, a, spId, param.values());
            case "of-type" ->
                ParameterPredicates.exists(
                        sql,
                        a,
                        "sp_token",
                        DerivedIndex.typedIdentifierOf(spId),
                        param.values(),
                        (s, alias) -> value -> ofType(s, alias, value));
            default ->
                ParameterPredicates.existsOrNot(
                        sql,
                        a,
                        "sp_token",
                        spId,
                        param.values(),
                        (s, alias) -> value -> code(s, alias, TokenValue.parse(value)),
                        modifier.equals("not"));
        }
    }

    static void code(SqlBuilder sql, String alias, TokenValue token) {
        if (token.system() == null) {
            sql.append(alias + ".code = ?", token.code());
        } else if (token.system().isEmpty()) {
            sql.append("(" + alias + ".system is null and " + alias + ".code = ?)", token.code());
        } else if (token.code() == null) {
            sql.append(alias + ".system = ?", token.system());
        } else {
            sql.append("(" + alias + ".system = ? and " + alias + ".code = ?)", token.system(), token.code());
        }
    }

    private static void ofType(SqlBuilder sql, String alias, String value) {
        List<String> parts = SearchQueryParser.splitUnescaped(value, '|');
        if (parts.size() != 3 || parts.get(1).isEmpty() || parts.get(2).isEmpty()) {
            throw RecordException.invalid(":of-type takes type-system|type-code|value");
        }
        String system = SearchQueryParser.unescape(parts.get(0));
        String code = SearchQueryParser.unescape(parts.get(1)) + "|" + SearchQueryParser.unescape(parts.get(2));
        if (system.isEmpty()) {
            sql.append("(" + alias + ".system is null and " + alias + ".code = ?)", code);
        } else {
            sql.append("(" + alias + ".system = ? and " + alias + ".code = ?)", system, code);
        }
    }
}
