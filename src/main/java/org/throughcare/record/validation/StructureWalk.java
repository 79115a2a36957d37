package org.throughcare.record.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.record.Issue;

/**
 * One pass over a resource that checks every element against its rule: cardinality, required
 * bindings, invariants, well-formed strings, decimals in range, and our own identifier rules.
 * Collects every problem rather than stopping at the first, so the client can fix them all at once.
 */
final class StructureWalk {

    private final StructureRules rules;
    private final RequiredBindings bindings;
    private final List<Issue> issues;
    private final List<ValidResource.ReferenceAt> references = new ArrayList<>();
    /** The resource walked: a contained one while its elements are walked ({@code %resource}). */
    private Resource current;
    /** The resource that contains the one walked, or that one itself ({@code %rootResource}). */
    private Resource root;

    StructureWalk(StructureRules rules, RequiredBindings bindings, List<Issue> issues) {
        this.rules = rules;
        this.bindings = bindings;
        this.issues = issues;
    }

    /** The literal references met on the walk. */
    List<ValidResource.ReferenceAt> references() {
        return references;
    }

    void resource(Resource resource, String location) {
        walk(resource, resource, location);
    }

    /**
     * Walks a resource whose invariants see {@code container} as {@code %rootResource}: itself, unless
     * it is contained in another. A resource in a Bundle entry or a Parameters value stands alone.
     */
    private void walk(Resource resource, Resource container, String location) {
        ElementRule rule = rules.root(resource.fhirType());
        if (rule == null) {
            issues.add(Issue.error("not-supported", "Unknown resource type " + resource.fhirType(), location));
            return;
        }
        Resource outerResource = current;
        Resource outerRoot = root;
        current = resource;
        root = container;
        element(resource, rule, location);
        current = outerResource;
        root = outerRoot;
    }

    private void element(Base element, ElementRule rule, String location) {
        checkInvariants(element, rule, location);
        Map<String, ElementRule> children = rule.children;
        if (children.isEmpty() && !element.isPrimitive()) {
            // A data type (Period, Quantity, ...): its own definition holds its children and invariants.
            ElementRule datatype = rules.root(element.fhirType());
            if (datatype != null) {
                checkInvariants(element, datatype, location);
                children = datatype.children;
            }
        }
        for (Map.Entry<String, ElementRule> child : children.entrySet()) {
            children(element, child.getKey(), child.getValue(), location);
        }
    }

    private void children(Base parent, String name, ElementRule rule, String location) {
        List<Base> values = presentValues(parent, name);
        String path = location + "." + name.replace("[x]", "");
        if (values.size() < rule.min) {
            issues.add(Issue.error("required", "Element " + path + " is required (minimum " + rule.min + ")", path));
        }
        if (values.size() > rule.max) {
            issues.add(
                    Issue.error("structure", "Element " + path + " may appear at most " + rule.max + " times", path));
        }
        for (int i = 0; i < values.size(); i++) {
            String itemPath = rule.max > 1 ? path + "[" + i + "]" : path;
            value(values.get(i), rule, itemPath);
        }
    }

    /**
     * The values that will be stored: HAPI's model creates empty objects when read, and its encoder
     * drops them, so an empty element counts as absent (an empty Observation.code is a missing one).
     */
    private static List<Base> presentValues(Base parent, String name) {
        if (parent instanceof Narrative narrative && name.equals("div")) {
            return narrative.hasDiv() ? List.of(narrative) : List.of();
        }
        Property property = parent.getNamedProperty(name);
        if (property == null) {
            return List.of();
        }
        return property.getValues().stream().filter(value -> !value.isEmpty()).toList();
    }

    private void value(Base value, ElementRule rule, String path) {
        if (value instanceof Narrative && path.endsWith(".div")) {
            return;
        }
        if (value instanceof Resource inner) {
            walk(inner, rule.path.endsWith(".contained") ? root : inner, path);
            return;
        }

        if (value instanceof PrimitiveType<?> primitive) {
            WellFormedText.check(primitive, path, issues);
        }
        if (value instanceof DecimalType decimal) {
            DecimalRange.check(decimal, path, issues);
        }
        if (value instanceof Identifier identifier) {
            IdentifierRules.check(identifier, path, issues);
        }
        if (value instanceof Reference reference && reference.hasReference()) {
            references.add(new ValidResource.ReferenceAt(path, reference));
        }
        if (rule.requiredValueSet != null) {
            bindings.check(value, rule.requiredValueSet, path, issues);
        }
        element(value, rule, path);
    }

    private void checkInvariants(Base element, ElementRule rule, String location) {
        for (ElementRule.Invariant invariant : rule.invariants) {
            if (fails(element, invariant)) {
                issues.add(Issue.error(
                        "invariant", "Constraint " + invariant.key() + " failed: " + invariant.human(), location));
            }
        }
    }

    private boolean fails(Base element, ElementRule.Invariant invariant) {
        FHIRPathEngine fhirPath = rules.fhirPath();
        try {
            List<Base> result = fhirPath.evaluate(null, current, root, element, invariant.compiled());
            return result.size() == 1
                    && result.getFirst() instanceof BooleanType answer
                    && Boolean.FALSE.equals(answer.getValue());
        } catch (RuntimeException e) {
            Unevaluable.report(invariant.key(), e);
            // An invariant the engine cannot evaluate here (it needs a terminology server or a
            // reference resolved) is not counted against the resource.
            return false;
        }
    }
}
