package org.throughcare.record.search;

import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.ResourceTypes;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchParameterRegistry;
import org.throughcare.shared.ControlCharacters;

/**
 * Reads one search parameter into a criterion: plain parameters with their modifiers, {@code _id},
 * {@code _lastUpdated}, chains one level deep and {@code _has} one level deep. Empty means the
 * parameter is not known; a known parameter used wrongly is refused.
 */
@Component
class CriterionParser {

    private static final Map<RestSearchParameterTypeEnum, Set<String>> MODIFIERS = Map.of(
            RestSearchParameterTypeEnum.TOKEN, Set.of("missing", "not", "text", "of-type"),
            RestSearchParameterTypeEnum.STRING, Set.of("missing", "exact", "contains"),
            RestSearchParameterTypeEnum.DATE, Set.of("missing"),
            RestSearchParameterTypeEnum.NUMBER, Set.of("missing"),
            RestSearchParameterTypeEnum.QUANTITY, Set.of("missing"),
            RestSearchParameterTypeEnum.URI, Set.of("missing", "below", "above"),
            RestSearchParameterTypeEnum.REFERENCE, Set.of("missing", "identifier"));

    private final SearchParameterRegistry registry;
    private final ResourceTypes types;

    CriterionParser(SearchParameterRegistry registry, ResourceTypes types) {
        this.registry = registry;
        this.types = types;
    }

    Optional<Criterion> parse(String type, String name, String value) {
        if (name.startsWith("_has:")) {
            return Optional.of(has(type, name, value));
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            return chain(type, name.substring(0, dot), name.substring(dot + 1), value);
        }
        return plain(type, name, value);
    }

    private Optional<Criterion> plain(String type, String name, String value) {
        int colon = name.indexOf(':');
        String code = colon < 0 ? name : name.substring(0, colon);
        String modifier = colon < 0 ? null : name.substring(colon + 1);
        if (code.equals("_id")) {
            requireNoModifier(name, modifier);
            return Optional.of(new Criterion.Id(unescaped(value)));
        }
        if (code.equals("_lastUpdated")) {
            requireNoModifier(name, modifier);
            return Optional.of(new Criterion.LastUpdated(
                    values(value).stream().map(DateValue::parse).toList()));
        }
        Optional<SearchParameter> parameter = registry.find(type, code).filter(p -> p.compiled() != null);
        parameter.ifPresent(p -> checkModifier(p, name, modifier));
        return parameter.map(p -> new Criterion.Param(p, modifier, checkedValues(p, modifier, value)));
    }

    private Optional<Criterion> chain(String type, String head, String tail, String value) {
        int colon = head.indexOf(':');
        String code = colon < 0 ? head : head.substring(0, colon);
        String targetType = colon < 0 ? null : head.substring(colon + 1);
        Optional<SearchParameter> reference = registry.find(type, code);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        if (reference.get().type() != RestSearchParameterTypeEnum.REFERENCE) {
            throw RecordException.invalid("Only reference parameters can be chained; '" + code + "' is not one");
        }
        if (tail.contains(".")) {
            throw RecordException.invalid("Chains more than one level deep are not supported: " + head + "." + tail);
        }
        Map<String, Criterion> conditions = new LinkedHashMap<>();
        for (String target : chainTargets(reference.get(), targetType)) {
            plain(target, tail, value).ifPresent(condition -> conditions.put(target, condition));
        }
        if (conditions.isEmpty()) {
            throw RecordException.invalid(
                    "No resource that '" + code + "' can refer to has a parameter '" + tail + "'");
        }
        return Optional.of(new Criterion.Chain(reference.get(), conditions));
    }

    private List<String> chainTargets(SearchParameter reference, String targetType) {
        if (targetType != null) {
            if (!types.isKnown(targetType)) {
                throw RecordException.invalid("Unknown resource type " + targetType + " in a chain");
            }
            return List.of(targetType);
        }
        if (reference.targets().isEmpty()) {
            throw RecordException.invalid(
                    "Name the target type of the chain, such as " + reference.name() + ":Patient.name");
        }
        return reference.targets().stream().sorted().toList();
    }

    private Criterion has(String type, String name, String value) {
        String[] parts = name.split(":", 4);
        if (parts.length < 4 || parts[3].startsWith("_has")) {
            throw RecordException.invalid("_has must be _has:Type:reference:parameter, one level deep");
        }
        String sourceType = parts[1];
        if (!types.isKnown(sourceType)) {
            throw RecordException.invalid("Unknown resource type " + sourceType + " in _has");
        }
        SearchParameter reference = registry.find(sourceType, parts[2])
                .filter(p -> p.type() == RestSearchParameterTypeEnum.REFERENCE)
                .orElseThrow(
                        () -> RecordException.invalid(sourceType + " has no reference parameter '" + parts[2] + "'"));
        Criterion condition = plain(sourceType, parts[3], value)
                .orElseThrow(() -> RecordException.invalid(sourceType + " has no search parameter '" + parts[3] + "'"));
        return new Criterion.Has(sourceType, reference, condition);
    }

    private static void checkModifier(SearchParameter parameter, String name, String modifier) {
        if (modifier == null) {
            return;
        }
        boolean typeModifier = parameter.type() == RestSearchParameterTypeEnum.REFERENCE
                && (parameter.targets().contains(modifier)
                        || parameter.targets().isEmpty() && Character.isUpperCase(modifier.charAt(0)));
        if (!typeModifier && !MODIFIERS.getOrDefault(parameter.type(), Set.of()).contains(modifier)) {
            throw RecordException.invalid(
                    "The modifier :" + modifier + " is not supported on " + name.substring(0, name.indexOf(':')));
        }
    }

    private static List<String> checkedValues(SearchParameter parameter, String modifier, String value) {
        List<String> values = values(value);
        if ("missing".equals(modifier)
                && (values.size() != 1 || !Set.of("true", "false").contains(values.getFirst()))) {
            throw RecordException.invalid(":missing takes true or false");
        }
        if (modifier == null || modifier.equals("not")) {
            ValueChecks.check(parameter.type(), values);
        }
        return values;
    }

    private static void requireNoModifier(String name, String modifier) {
        if (modifier != null) {
            throw RecordException.invalid(
                    "The modifier :" + modifier + " is not supported on " + name.substring(0, name.indexOf(':')));
        }
    }

    private static List<String> values(String value) {
        List<String> values = SearchQueryParser.splitUnescaped(value, ',');
        if (values.stream().anyMatch(String::isEmpty)) {
            throw RecordException.invalid("Search values must not be empty");
        }
        if (ControlCharacters.in(value)) {
            // Nothing stored holds them, and the database refuses a NUL.
            throw RecordException.invalid("Search values must not contain control characters");
        }
        return values;
    }

    private static List<String> unescaped(String value) {
        return values(value).stream().map(SearchQueryParser::unescape).toList();
    }
}
