package org.throughcare.record.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.throughcare.shared.R4Definitions;

/**
 * The element rules of each resource and data type, read once from the R4 StructureDefinition
 * snapshots that ship with HAPI and kept for the life of the application.
 */
final class StructureRules {

    /** Invariants that the parser already guarantees, or that only warn. */
    private static final Set<String> SKIPPED_INVARIANTS = Set.of("ele-1", "ext-1", "dom-6");

    private final IValidationSupport definitions;
    private final FHIRPathEngine fhirPath;
    private final Map<String, ElementRule> roots = new ConcurrentHashMap<>();

    StructureRules(FhirContext fhirContext, IValidationSupport definitions) {
        this.definitions = definitions;
        this.fhirPath = new FHIRPathEngine(new HapiWorkerContext(fhirContext, definitions));
        // As HAPI's own FHIRPath wrapper sets them: the R4 invariants were written for a lenient `as`.
        fhirPath.setDoNotEnforceAsCaseSensitive(true);
        fhirPath.setDoNotEnforceAsSingletonRule(true);
    }

    /**
     * The FHIRPath engine itself rather than HAPI's wrapper of it: only the engine is told which
     * resource an element belongs to, which invariants such as ref-1 and dom-3 ask for ({@code
     * %resource}, {@code %rootResource}).
     */
    FHIRPathEngine fhirPath() {
        return fhirPath;
    }

    /**
     * The root rule of a resource or complex data type, or null when the base spec has none. Rules
     * are built one type at a time: HAPI's definition loading and FHIRPath parsing are not safe to
     * run for two types at once, and a failure there would silently drop an invariant.
     */
    ElementRule root(String typeName) {
        ElementRule root = roots.get(typeName);
        if (root != null) {
            return root;
        }
        synchronized (this) {
            root = roots.get(typeName);
            if (root == null) {
                root = read(typeName);
                if (root != null) {
                    roots.put(typeName, root);
                }
            }
            return root;
        }
    }

    private ElementRule read(String typeName) {
        var resource = definitions.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/" + typeName);
        if (!(resource instanceof StructureDefinition definition) || !definition.hasSnapshot()) {
            return null;
        }
        Map<String, ElementRule> byPath = new LinkedHashMap<>();
        Map<String, String> contentReferences = new HashMap<>();
        for (ElementDefinition element : definition.getSnapshot().getElement()) {
            if (element.hasSliceName()) {
                continue;
            }
            byPath.put(element.getPath(), rule(element));
            if (element.hasContentReference()) {
                contentReferences.put(
                        element.getPath(), element.getContentReference().substring(1));
            }
        }
        link(byPath, contentReferences);
        return byPath.get(definition.getType());
    }

    private static void link(Map<String, ElementRule> byPath, Map<String, String> contentReferences) {
        Map<String, Map<String, ElementRule>> children = new HashMap<>();
        byPath.forEach((path, rule) -> {
            int dot = path.lastIndexOf('.');
            if (dot > 0) {
                children.computeIfAbsent(path.substring(0, dot), p -> new LinkedHashMap<>())
                        .put(path.substring(dot + 1), rule);
            }
        });
        byPath.forEach((path, rule) -> rule.children = Map.copyOf(children.getOrDefault(path, Map.of())));
        contentReferences.forEach((path, target) -> byPath.get(path).children = byPath.get(target).children);
    }

    private ElementRule rule(ElementDefinition element) {
        int max = "*".equals(element.getMax()) ? ElementRule.UNBOUNDED : Integer.parseInt(element.getMax());
        return new ElementRule(
                element.getPath(), element.getMin(), max, R4Definitions.requiredValueSet(element), invariants(element));
    }

    private List<ElementRule.Invariant> invariants(ElementDefinition element) {
        List<ElementRule.Invariant> invariants = new ArrayList<>();
        for (ElementDefinition.ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
            if (constraint.getSeverity() == ElementDefinition.ConstraintSeverity.ERROR
                    && constraint.hasExpression()
                    && !SKIPPED_INVARIANTS.contains(constraint.getKey())) {
                compile(constraint).ifPresent(invariants::add);
            }
        }
        return List.copyOf(invariants);
    }

    private java.util.Optional<ElementRule.Invariant> compile(
            ElementDefinition.ElementDefinitionConstraintComponent constraint) {
        try {
            return java.util.Optional.of(new ElementRule.Invariant(
                    constraint.getKey(), constraint.getHuman(), fhirPath.parse(constraint.getExpression())));
        } catch (Exception e) {
            // An expression this engine cannot parse is not enforced; say so, once, by key.
            Unevaluable.report(constraint.getKey(), e);
            return java.util.Optional.empty();
        }
    }
}
