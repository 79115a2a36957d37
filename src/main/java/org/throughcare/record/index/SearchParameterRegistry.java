package org.throughcare.record.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.Comparator;
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
 * Every search parameter the store indexes, keyed for the index tables. Definitions come from HAPI's
 * R4 model and from Throughcare's own list; their keys live in the search_param table so index rows
 * stay short. Expressions are compiled the first time a resource type is written or searched.
 */
@Component
public class SearchParameterRegistry {

    /** Parameters answered from the resource table itself, not from extracted values. */
    private static final Set<String> NOT_EXTRACTED = Set.of("_id", "_lastUpdated");

    private final FhirContext fhirContext;
    private final IFhirPath fhirPath;
    private final SearchParameterDefinitions definitions;
    private final CompletableFuture<Map<String, Integer>> keys;
    private final Map<String, Map<String, SearchParameter>> byType = new ConcurrentHashMap<>();
    private volatile List<Integer> patientCompartmentKeys;

    public SearchParameterRegistry(FhirContext fhirContext, JdbcClient jdbc, IndexFhirPath indexFhirPath) {
        this.fhirContext = fhirContext;
        this.fhirPath = indexFhirPath.engine();
        this.definitions = new SearchParameterDefinitions(fhirContext);
        // Reading every type's definitions makes HAPI scan its whole model: done off the start-up path.
        this.keys = CompletableFuture.supplyAsync(
                () -> new SearchParameterKeys(jdbc).synchronise(definitions.all()),
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

    /**
     * The parameters whose references put a resource of this type in a Patient's compartment, the
     * one naming the patient most directly first ("patient", then "subject"), so the patient a
     * resource is stored under is the one it is about.
     */
    public List<SearchParameter> patientCompartmentParameters(String resourceType) {
        return forType(resourceType).values().stream()
                .filter(SearchParameter::definesPatientCompartment)
                .sorted(Comparator.comparingInt(SearchParameterRegistry::directness)
                        .thenComparing(SearchParameter::name))
                .toList();
    }

    /** The keys of every parameter, of any type, that puts a resource in a Patient's compartment. */
    public List<Integer> allPatientCompartmentKeys() {
        if (patientCompartmentKeys == null) {
            patientCompartmentKeys = definitions.all().stream()
                    .filter(definition -> definition.compartments().contains("Patient"))
                    .map(definition -> keys.join().get(definition.qualifiedName()))
                    .toList();
        }
        return patientCompartmentKeys;
    }

    private static int directness(SearchParameter parameter) {
        return switch (parameter.name()) {
            case "patient" -> 0;
            case "subject" -> 1;
            default -> 2;
        };
    }

    private Map<String, SearchParameter> compile(String resourceType) {
        Map<String, SearchParameter> parameters = new LinkedHashMap<>();
        for (SearchParameterDefinition definition : definitions.forType(resourceType)) {
            parameters.put(definition.name(), compile(definition));
        }
        return Map.copyOf(parameters);
    }

    private SearchParameter compile(SearchParameterDefinition definition) {
        IFhirPath.IParsedExpression compiled = null;
        if (isExtracted(definition)) {
            try {
                compiled = fhirPath.parse(definition.expression());
            } catch (Exception e) {
                throw new IllegalStateException("cannot compile " + definition.qualifiedName(), e);
            }
        }
        return new SearchParameter(
                keys.join().get(definition.qualifiedName()),
                definition.resourceType(),
                definition.name(),
                definition.type(),
                definition.expression(),
                compiled,
                definition.compartments(),
                definition.targets());
    }

    private static boolean isExtracted(SearchParameterDefinition definition) {
        return !NOT_EXTRACTED.contains(definition.name())
                && !definition.expression().isBlank()
                && definition.type() != RestSearchParameterTypeEnum.COMPOSITE
                && definition.type() != RestSearchParameterTypeEnum.SPECIAL;
    }
}
