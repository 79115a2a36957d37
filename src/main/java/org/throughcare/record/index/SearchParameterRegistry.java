package org.throughcare.record.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every search parameter of the base FHIR R4 specification, keyed for the index tables. Definitions
 * come from HAPI's R4 model; their keys live in the search_param table so index rows stay short.
 * Expressions are compiled the first time a resource type is written or searched.
 */
@Component
public class SearchParameterRegistry {

    /** Parameters answered from the resource table itself, not from extracted values. */
    private static final Set<String> NOT_EXTRACTED = Set.of("_id", "_lastUpdated");

    private final FhirContext fhirContext;
    private final IFhirPath fhirPath;
    private final CompletableFuture<Map<String, Integer>> keys;
    private final Map<String, Map<String, SearchParameter>> byType = new ConcurrentHashMap<>();

    public SearchParameterRegistry(FhirContext fhirContext, JdbcClient jdbc, IndexFhirPath indexFhirPath) {
        this.fhirContext = fhirContext;
        this.fhirPath = indexFhirPath.engine();
        // Reading every type's definitions makes HAPI scan its whole model: done off the start-up path.
        this.keys = CompletableFuture.supplyAsync(
                () -> new SearchParameterKeys(jdbc).synchronise(allDefinitions()),
                command -> Thread.ofVirtual().name("search-parameter-keys").start(command));
    }

    /** The parameters of one resource type, by name; empty for an unknown type. */
    public Map<String, SearchParameter> forType(String resourceType) {
        if (!fhirContext.getResourceTypes().contains(resourceType)) {
            return Map.of();
        }
        return byType.computeIfAbsent(resourceType, this::compile);
    }

    public Optional<SearchParameter> find(String resourceType, String name) {
        return Optional.ofNullable(forType(resourceType).get(name));
    }

    /** The parameters whose references make a resource of this type a member of the Patient compartment. */
    public List<SearchParameter> patientCompartmentParameters(String resourceType) {
        return forType(resourceType).values().stream()
                .filter(SearchParameter::definesPatientCompartment)
                .toList();
    }

    private Map<String, SearchParameter> compile(String resourceType) {
        Map<String, SearchParameter> parameters = new LinkedHashMap<>();
        for (RuntimeSearchParam definition : definitions(resourceType)) {
            parameters.put(definition.getName(), compile(resourceType, definition));
        }
        return Map.copyOf(parameters);
    }

    private SearchParameter compile(String resourceType, RuntimeSearchParam definition) {
        String expression = definition.getPath();
        IFhirPath.IParsedExpression compiled = null;
        if (isExtracted(definition)) {
            try {
                compiled = fhirPath.parse(expression);
            } catch (Exception e) {
                throw new IllegalStateException("cannot compile " + resourceType + "." + definition.getName(), e);
            }
        }
        return new SearchParameter(
                keys.join().get(resourceType + "." + definition.getName()),
                resourceType,
                definition.getName(),
                definition.getParamType(),
                expression,
                compiled,
                Set.copyOf(
                        definition.getProvidesMembershipInCompartments() == null
                                ? Set.of()
                                : definition.getProvidesMembershipInCompartments()),
                Set.copyOf(definition.getTargets()));
    }

    private static boolean isExtracted(RuntimeSearchParam definition) {
        return !NOT_EXTRACTED.contains(definition.getName())
                && definition.getPath() != null
                && !definition.getPath().isBlank()
                && definition.getParamType() != RestSearchParameterTypeEnum.COMPOSITE
                && definition.getParamType() != RestSearchParameterTypeEnum.SPECIAL;
    }

    private Collection<RuntimeSearchParam> definitions(String resourceType) {
        return fhirContext.getResourceDefinition(resourceType).getSearchParams();
    }

    private Map<String, RuntimeSearchParam> allDefinitions() {
        Map<String, RuntimeSearchParam> all = new HashMap<>();
        for (String type : fhirContext.getResourceTypes()) {
            for (RuntimeSearchParam definition : definitions(type)) {
                all.put(type + "." + definition.getName(), definition);
            }
        }
        return all;
    }
}
