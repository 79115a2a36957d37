package org.throughcare.record;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.throughcare.record.index.SearchParameterRegistry;
import org.throughcare.record.search.ResourceSearch;
import org.throughcare.record.search.SearchClause;
import org.throughcare.record.search.SearchExecutor;
import org.throughcare.record.store.ResourceJson;

/**
 * Finding resources: FHIR search with paging that stays consistent while others write. Every path
 * that returns several resources goes through here.
 */
@Service
public class RecordSearch {

    private final ResourceTypes types;
    private final SearchExecutor searches;
    private final SearchParameterRegistry registry;

    private final RecordAccessGuard guard;
    private final ResourceSearch matches;
    private final ResourceJson json;

    RecordSearch(
            ResourceTypes types,
            SearchExecutor searches,
            SearchParameterRegistry registry,
            RecordAccessGuard guard,
            ResourceSearch matches,
            ResourceJson json) {
        this.types = types;
        this.searches = searches;
        this.registry = registry;
        this.guard = guard;
        this.matches = matches;
        this.json = json;
    }

    /**
     * Ids of the current Patients carrying exactly this identifier (at most {@code limit}), for
     * break-glass and the Caldicott guardian's look-ups. Not access-checked and not audited, like
     * {@link RecordService#patientKey}: callers must decide who may ask, and audit.
     */
    public List<String> patientIdsWithIdentifier(String system, String value, int limit) {
        SearchClause clause = new SearchClause("identifier", null, List.of(system + "|" + value));
        return matches.matchingIds("Patient", List.of(clause), limit);
    }

    /** The first page of a search, of what the caller may see (the access guard). */
    public SearchPage search(SearchRequest request) {
        types.require(request.type());
        RecordAccess access = guard.open(Interaction.SEARCH, request.type());
        return completed(access, searches.search(request, access));
    }

    /**
     * The matches of the first page of a search as typed resources, for modules that work on the
     * record in-process (parameters as in a query, for example {@code _count}); the caller's access
     * applies as to any search. Resources withheld from the caller come as the stub they may see.
     */
    public <T extends Resource> List<T> find(Class<T> type, List<SearchRequest.Parameter> parameters) {
        SearchPage page = search(new SearchRequest(types.nameOf(type), parameters, null, false, null));
        return page.matches().stream()
                .filter(stored -> stored.json() != null)
                .map(stored -> json.parse(type, stored.json()))
                .toList();
    }

    /** The search parameters of a resource type, for the CapabilityStatement. */
    public List<SearchParameterSummary> parametersOf(String type) {
        return registry.recorded(type).stream()
                .filter(row -> !row.type().equals("composite") && !row.type().equals("special"))
                .filter(row -> !row.expression().isBlank() || row.name().startsWith("_"))
                .map(row -> new SearchParameterSummary(row.name(), row.type(), row.expression()))
                .sorted(java.util.Comparator.comparing(SearchParameterSummary::name))
                .toList();
    }

    /**
     * The first page of {@code Patient/[id]/$everything}: the patient, their compartment, and what it
     * refers to; only what changed since {@code since} and only {@code types} when given.
     */
    public SearchPage everything(String patientId, Instant since, Set<String> types, int count, String requester) {
        types.forEach(this.types::require);
        RecordAccess access = guard.open(Interaction.SEARCH, null);
        return completed(access, searches.everything(patientId, since, types, count, requester, access));
    }

    /** Changes whenever search parameter definitions change. */
    public long parametersGeneration() {
        return registry.generation();
    }

    /** A later page, by the token from a previous page's link; only the requester may read it. */
    public SearchPage page(String token, String requester) {
        RecordAccess access = guard.open(Interaction.SEARCH, null);
        return completed(access, searches.page(token, requester, access));
    }

    /** The audit of what the page shows is durable before the page leaves the record. */
    private static SearchPage completed(RecordAccess access, SearchPage page) {
        access.complete();
        return page;
    }
}
