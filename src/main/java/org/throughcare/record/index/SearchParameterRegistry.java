package org.throughcare.record.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every search parameter the store indexes, keyed for the index tables: the base R4 ones, Throughcare's
 * own, and custom ones defined by SearchParameter resources. Keys and status live in search_param so
 * index rows stay short and every node agrees; a node notices others' changes within ten seconds.
 * Expressions are compiled the first time a resource type is written or searched.
 */
@Component
public class SearchParameterRegistry {

    /** Parameters answered from the resource table itself, not from extracted values. */
    private static final Set<String> NOT_EXTRACTED = Set.of("_id", "_lastUpdated");

    private final FhirContext fhirContext;
    private final IFhirPath fhirPath;
    private final SearchParameterDefinitions definitions;
    private final SearchParameterRows rows;
    private final CompletableFuture<Void> synchronised;
    private final Map<String, Map<String, SearchParameter>> byType = new ConcurrentHashMap<>();
    private volatile Map<String, SearchParameterRows.Row> stored = Map.of();
    private volatile Instant seenChange = Instant.EPOCH;
    private volatile List<Integer> patientCompartmentKeys;
    private volatile long generation;

    public SearchParameterRegistry(
            FhirContext fhirContext, JdbcClient jdbc, IndexFhirPath indexFhirPath, ReindexJobs reindex, Clock clock) {
        this.fhirContext = fhirContext;
        this.fhirPath = indexFhirPath.engine();
        this.definitions = new SearchParameterDefinitions(fhirContext);
        this.rows = new SearchParameterRows(jdbc);
        SearchParameterKeys keys = new SearchParameterKeys(jdbc, rows, reindex, clock);
        // Reading every type's definitions makes HAPI scan its whole model: done off the start-up path.
        this.synchronised = CompletableFuture.runAsync(
                () -> {
                    seenChange = rows.lastChange();
                    stored = keys.synchronise(definitions.all());
                },
                command -> Thread.ofVirtual().name("search-parameter-keys").start(command));
    }

    /** The parameters of one resource type, by name; empty for an unknown type. */
    public Map<String, SearchParameter> forType(String resourceType) {
        if (!fhirContext.getResourceTypes().contains(resourceType)) {
            return Map.of();
        }
        synchronised.join();
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

    /**
     * The parameters of a type whose value, when it is a Patient, is the patient the resource is
     * stored under: the type's first Patient-compartment parameter, and the same reference
     * restricted to patients (as Observation.patient is Observation.subject where it is a Patient).
     */
    public Set<String> patientScopingParameters(String resourceType) {
        List<SearchParameter> compartment = patientCompartmentParameters(resourceType);
        if (compartment.isEmpty()) {
            return Set.of();
        }
        String primary = compartment.getFirst().expression();
        String restricted = ".where(resolve() is Patient)";
        return forType(resourceType).values().stream()
                .filter(parameter -> parameter.type() == RestSearchParameterTypeEnum.REFERENCE)
                .filter(parameter -> parameter.expression().equals(primary)
                        || (parameter.expression() + restricted).equals(primary)
                        || parameter.expression().equals(primary + restricted))
                .map(SearchParameter::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The keys of every parameter, of any type, that puts a resource in a Patient's compartment. */
    public List<Integer> allPatientCompartmentKeys() {
        if (patientCompartmentKeys == null) {
            synchronised.join();
            patientCompartmentKeys = definitions.all().stream()
                    .filter(definition -> definition.compartments().contains("Patient"))
                    .map(definition -> stored.get(definition.qualifiedName()).spId())
                    .toList();
        }
        return patientCompartmentKeys;
    }

    /** Adds or changes a custom parameter (from a SearchParameter resource); returns its key. */
    int define(SearchParameterDefinition definition, Instant now) {
        synchronised.join();
        SearchParameterRows.Row existing = stored.get(definition.qualifiedName());
        if (existing != null && !existing.custom()) {
            throw new IllegalArgumentException(definition.qualifiedName() + " is a base parameter");
        }
        return rows.define(definition, now);
    }

    void retire(String type, String name, Instant now) {
        rows.retire(type, name, now);
    }

    void markReady(List<Integer> spIds, Instant now) {
        rows.ready(spIds, now);
        reload();
    }

    /** Picks up definitions changed here or on another node. */
    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    public void refresh() {
        if (synchronised.isDone() && rows.lastChange().isAfter(seenChange)) {
            reload();
        }
    }

    /** Changes whenever definitions are reloaded, so anything derived from them can be rebuilt. */
    public long generation() {
        return generation;
    }

    void reload() {
        generation++;
        seenChange = rows.lastChange();
        stored = rows.all();
        byType.clear();
    }

    private static int directness(SearchParameter parameter) {
        return switch (parameter.name()) {
            case "patient" -> 0;
            case "subject" -> 1;
            default -> 2;
        };
    }

    private Map<String, SearchParameter> compile(String resourceType) {
        List<SearchParameterDefinition> all = new ArrayList<>(definitions.forType(resourceType));
        all.addAll(rows.custom(resourceType));
        Map<String, SearchParameter> parameters = new LinkedHashMap<>();
        for (SearchParameterDefinition definition : all) {
            SearchParameterRows.Row row = stored.get(definition.qualifiedName());
            if (row != null) {
                parameters.put(definition.name(), compile(definition, row));
            }
        }
        return Map.copyOf(parameters);
    }

    private SearchParameter compile(SearchParameterDefinition definition, SearchParameterRows.Row row) {
        return new SearchParameter(
                row.spId(),
                definition.resourceType(),
                definition.name(),
                definition.type(),
                definition.expression(),
                isExtracted(definition) ? parse(definition) : null,
                definition.compartments(),
                definition.targets(),
                row.status().equals("ready"));
    }

    List<IFhirPath.IParsedExpression> parse(SearchParameterDefinition definition) {
        List<IFhirPath.IParsedExpression> branches = new ArrayList<>();
        for (String branch : ExpressionBranches.split(definition.expression())) {
            try {
                branches.add(fhirPath.parse(branch));
            } catch (Exception e) {
                throw new IllegalArgumentException("cannot compile " + definition.qualifiedName(), e);
            }
        }
        return List.copyOf(branches);
    }

    private static boolean isExtracted(SearchParameterDefinition definition) {
        return !NOT_EXTRACTED.contains(definition.name())
                && !definition.expression().isBlank()
                && definition.type() != RestSearchParameterTypeEnum.COMPOSITE
                && definition.type() != RestSearchParameterTypeEnum.SPECIAL;
    }
}
