package org.throughcare.record.search;

import java.util.List;
import java.util.Map;
import org.throughcare.record.index.SearchParameter;

/**
 * Turns criteria into SQL conditions on a resource row (alias {@code a}). Each parameter becomes an
 * EXISTS over its index table; its values are ORed inside; criteria are ANDed. Chains and {@code
 * _has} nest the same conditions on the resource at the other end of a reference.
 */
final class Predicates {

    private Predicates() {}

    static void append(SqlBuilder sql, String a, Criterion criterion) {
        switch (criterion) {
            case Criterion.Id id ->
                sql.append(" and " + a + ".res_id = any(?)", (Object) id.ids().toArray(String[]::new));
            case Criterion.LastUpdated updated -> lastUpdated(sql, a, updated);
            case Criterion.Param param -> ParameterPredicates.append(sql, a, param);
            case Criterion.Chain chain -> chain(sql, a, chain);
            case Criterion.Has has -> has(sql, a, has);
            case Criterion.Compartment compartment -> compartment(sql, a, compartment);
        }
    }

    private static void lastUpdated(SqlBuilder sql, String a, Criterion.LastUpdated updated) {
        sql.append(" and (");
        String or = "";
        for (DateValue value : updated.values()) {
            sql.append(or);
            DateConditions.append(sql, a + ".last_updated", a + ".last_updated", value);
            or = " or ";
        }
        sql.append(")");
    }

    /**
     * A chain to one target type is an EXISTS the planner can drive from the target's own index. To
     * several (an untyped {@code subject.name}) it is the union of one such search per type: an OR
     * of the types inside one EXISTS could only be answered by testing every resource of the
     * searched type (3 s for 9,291 observations, 19 ms as a union; ADR 0024).
     */
    private static void chain(SqlBuilder sql, String a, Criterion.Chain chain) {
        if (chain.targetConditions().size() == 1) {
            Map.Entry<String, Criterion> target =
                    chain.targetConditions().entrySet().iterator().next();
            sql.append(" and exists (");
            chainTo(sql, chain, target.getKey(), target.getValue(), a);
            sql.append(")");
            return;
        }
        sql.append(" and " + a + ".res_pk in (");
        String union = "";
        for (Map.Entry<String, Criterion> target : chain.targetConditions().entrySet()) {
            sql.append(union);
            chainTo(sql, chain, target.getKey(), target.getValue(), null);
            union = " union all ";
        }
        sql.append(")");
    }

    /**
     * The keys of resources whose chained reference points at a resource of this type meeting the
     * condition; tied to the searched resource {@code a} when given.
     */
    private static void chainTo(SqlBuilder sql, Criterion.Chain chain, String type, Criterion condition, String a) {
        String x = sql.alias("x");
        String t = sql.alias("t");
        sql.append(
                "select " + x + ".res_pk from sp_reference " + x + " join resource " + t + " on " + t
                        + ".res_type = " + x + ".target_type and " + t + ".res_id = " + x + ".target_id where "
                        + (a == null ? "" : x + ".res_pk = " + a + ".res_pk and ") + x + ".sp_id = ? and "
                        + t + ".res_type = ? and not " + t + ".deleted",
                chain.reference().spId(),
                type);
        append(sql, t, condition);
    }

    private static void has(SqlBuilder sql, String a, Criterion.Has has) {
        String x = sql.alias("x");
        String h = sql.alias("h");
        sql.append(
                " and exists (select 1 from sp_reference " + x + " join resource " + h + " on " + h + ".res_pk = "
                        + x + ".res_pk where " + x + ".sp_id = ? and " + x + ".target_type = " + a + ".res_type and "
                        + x
                        + ".target_id = " + a + ".res_id and not " + h + ".deleted",
                has.reference().spId());
        append(sql, h, has.sourceCondition());
        sql.append(")");
    }

    private static void compartment(SqlBuilder sql, String a, Criterion.Compartment compartment) {
        String x = sql.alias("x");
        List<Integer> keys =
                compartment.parameters().stream().map(SearchParameter::spId).toList();
        sql.append(
                " and (exists (select 1 from sp_reference " + x + " where " + x + ".target_id = ? and " + x
                        + ".target_type = 'Patient' and " + x + ".sp_id = any(?) and " + x + ".res_pk = " + a
                        + ".res_pk)",
                compartment.patientId(),
                keys.toArray(Integer[]::new));
        sql.append(" or (" + a + ".res_type = 'Patient' and " + a + ".res_id = ?))", compartment.patientId());
    }
}
