package org.throughcare.record.validation;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;

/**
 * What the base specification says about one element: how many times it may appear, the value set
 * it is bound to as required (or null), its error-level invariants, and its child elements.
 * Children are filled in once the whole structure is read; a content reference (such as
 * Questionnaire.item.item) shares the children of the element it names.
 */
final class ElementRule {

    record Invariant(String key, String human, ExpressionNode compiled) {}

    final String path;
    final int min;
    final int max;
    final String requiredValueSet;
    final List<Invariant> invariants;
    Map<String, ElementRule> children = Map.of();

    ElementRule(String path, int min, int max, String requiredValueSet, List<Invariant> invariants) {
        this.path = path;
        this.min = min;
        this.max = max;
        this.requiredValueSet = requiredValueSet;
        this.invariants = invariants;
    }

    static final int UNBOUNDED = Integer.MAX_VALUE;
}
