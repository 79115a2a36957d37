package org.throughcare.record.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.record.index.DerivedIndex;
import org.throughcare.record.index.LocalReference;

/**
 * Reference conditions: {@code Type/id}, a bare {@code id} (of any target type, or of the type
 * named by a {@code :Type} modifier), an absolute URL (matching a reference stored in that form, or
 * the same Type/id held here), and {@code :identifier} (the reference's logical identifier).
 */
final class ReferencePredicates {

    private static final Pattern ABSOLUTE =
            Pattern.compile("https?://.+/([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})(/_history/.*)?");

    private ReferencePredicates() {}

    static void append(SqlBuilder sql, String a, Criterion.Param param) {
        int spId = param.parameter().spId();
        String modifier = param.modifier();
        if ("identifier".equals(modifier)) {
            ParameterPredicates.exists(
                    sql,
                    a,
                    "sp_token",
                    DerivedIndex.referenceIdentifierOf(spId),
                    param.values(),
                    (s, alias) -> value -> TokenPredicates.code(s, alias, TokenValue.parse(value)));
            return;
        }
        ParameterPredicates.exists(
                sql,
                a,
                "sp_reference",
                spId,
                param.values(),
                (s, alias) -> value -> target(s, alias, SearchQueryParser.unescape(value), modifier));
    }

    private static void target(SqlBuilder sql, String alias, String value, String typeModifier) {
        var local = LocalReference.parse(value);
        if (local.isPresent()) {
            sql.append(
                    "(" + alias + ".target_id = ? and " + alias + ".target_type = ?)",
                    local.get().id(),
                    local.get().type());
            return;
        }
        Matcher absolute = ABSOLUTE.matcher(value);
        if (absolute.matches()) {
            sql.append(
                    "((" + alias + ".target_id = ? and " + alias + ".target_type = ?) or " + alias + ".target_id = ?)",
                    absolute.group(2),
                    absolute.group(1),
                    value);
            return;
        }
        if (typeModifier != null) {
            sql.append("(" + alias + ".target_id = ? and " + alias + ".target_type = ?)", value, typeModifier);
        } else {
            sql.append(alias + ".target_id = ?", value);
        }
    }
}
