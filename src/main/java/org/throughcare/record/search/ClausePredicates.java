package org.throughcare.record.search;

import java.util.List;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchText;

/**
 * SQL for one search clause against the resource row {@code r}: an EXISTS over the parameter's
 * index table with the clause's values ORed inside it.
 */
final class ClausePredicates {

    private ClausePredicates() {}

    static void append(SqlBuilder sql, SearchParameter parameter, SearchClause clause) {
        switch (parameter.type()) {
            case TOKEN -> token(sql, parameter, clause);
            case STRING -> string(sql, parameter, clause);
            case REFERENCE -> reference(sql, parameter, clause);
            default -> throw unsupported(clause);
        }
    }

    static void id(SqlBuilder sql, SearchClause clause) {
        if (clause.modifier() != null) {
            throw unsupported(clause);
        }
        List<String> ids =
                clause.values().stream().map(SearchQueryParser::unescape).toList();
        sql.append(" and r.res_id = any(?)", (Object) ids.toArray(String[]::new));
    }

    private static void token(SqlBuilder sql, SearchParameter parameter, SearchClause clause) {
        if (clause.modifier() != null) {
            throw unsupported(clause);
        }
        sql.append(
                " and exists (select 1 from sp_token t where t.res_pk = r.res_pk and t.sp_id = ? and (",
                parameter.spId());
        String or = "";
        for (String value : clause.values()) {
            sql.append(or);
            tokenValue(sql, value);
            or = " or ";
        }
        sql.append("))");
    }

    private static void tokenValue(SqlBuilder sql, String value) {
        List<String> parts = SearchQueryParser.splitUnescaped(value, '|');
        if (parts.size() == 1) {
            sql.append("t.code = ?", SearchQueryParser.unescape(value));
            return;
        }
        String system = SearchQueryParser.unescape(parts.get(0));
        String code = SearchQueryParser.unescape(String.join("|", parts.subList(1, parts.size())));
        if (system.isEmpty()) {
            sql.append("(t.system is null and t.code = ?)", code);
        } else if (code.isEmpty()) {
            sql.append("t.system = ?", system);
        } else {
            sql.append("(t.system = ? and t.code = ?)", system, code);
        }
    }

    private static void string(SqlBuilder sql, SearchParameter parameter, SearchClause clause) {
        if (clause.modifier() != null && !clause.modifier().equals("exact")) {
            throw unsupported(clause);
        }
        boolean exact = "exact".equals(clause.modifier());
        sql.append(
                " and exists (select 1 from sp_string s where s.res_pk = r.res_pk and s.sp_id = ? and (",
                parameter.spId());
        String or = "";
        for (String value : clause.values()) {
            String plain = SearchQueryParser.unescape(value);
            sql.append(or);
            if (exact) {
                sql.append("(s.norm = ? and s.exact = ?)", SearchText.normalise(plain), SearchText.limit(plain));
            } else {
                sql.append("s.norm like ?", likePrefix(SearchText.normalise(plain)));
            }
            or = " or ";
        }
        sql.append("))");
    }

    private static void reference(SqlBuilder sql, SearchParameter parameter, SearchClause clause) {
        if (clause.modifier() != null && !parameter.targets().contains(clause.modifier())) {
            throw unsupported(clause);
        }
        sql.append(
                " and exists (select 1 from sp_reference x where x.res_pk = r.res_pk and x.sp_id = ? and (",
                parameter.spId());
        String or = "";
        for (String value : clause.values()) {
            String plain = SearchQueryParser.unescape(value);
            var local = LocalReference.parse(plain);
            sql.append(or);
            if (local.isPresent()) {
                sql.append(
                        "(x.target_id = ? and x.target_type = ?)",
                        local.get().id(),
                        local.get().type());
            } else if (clause.modifier() != null) {
                sql.append("(x.target_id = ? and x.target_type = ?)", plain, clause.modifier());
            } else {
                sql.append("x.target_id = ?", plain);
            }
            or = " or ";
        }
        sql.append("))");
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static RecordException unsupported(SearchClause clause) {
        String name = clause.modifier() == null ? clause.name() : clause.name() + ":" + clause.modifier();
        return RecordException.invalid("Search parameter " + name + " is not supported here");
    }
}
