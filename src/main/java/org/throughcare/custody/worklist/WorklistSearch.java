package org.throughcare.custody.worklist;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.SearchPage;
import org.throughcare.record.SearchRequest;
import org.throughcare.record.StoredResource;
import org.throughcare.security.Callers;

/**
 * Runs a worklist's search through the record as the signed-in caller, so the access guard narrows
 * it to the patients in their care and the audit records every patient shown.
 */
@Component
class WorklistSearch {

    /** The most one page returns (the record's largest page). */
    static final int PAGE = 1000;

    /**
     * The most rows one worklist search gathers, page after page: several times the largest prison's
     * population. Past it the results say they are incomplete, and the page says so.
     */
    static final int CEILING = 20_000;

    private final RecordSearch search;
    private final Callers callers;
    private final FhirContext fhirContext;

    WorklistSearch(RecordSearch search, Callers callers, FhirContext fhirContext) {
        this.search = search;
        this.callers = callers;
        this.fhirContext = fhirContext;
    }

    /**
     * Every match, page after page up to the ceiling, and what was included, typed; resources
     * withheld from the caller left out.
     */
    Results search(String type, List<String[]> parameters) {
        List<SearchRequest.Parameter> query = new ArrayList<>();
        parameters.forEach(pair -> query.add(new SearchRequest.Parameter(pair[0], pair[1])));
        query.add(new SearchRequest.Parameter("_count", Integer.toString(PAGE)));
        String requester = callers.current().map(caller -> caller.id()).orElse(null);
        IParser parser = fhirContext.newJsonParser();
        List<Resource> matches = new ArrayList<>();
        List<Resource> included = new ArrayList<>();
        SearchPage page = search.search(new SearchRequest(type, query, null, false, requester));
        while (true) {
            matches.addAll(parsed(parser, page.matches()));
            included.addAll(parsed(parser, page.included()));
            if (page.nextPage() == null || matches.size() >= CEILING) {
                break;
            }
            page = search.page(page.nextPage(), requester);
        }
        return new Results(matches, included, page.nextPage() == null);
    }

    private static List<Resource> parsed(IParser parser, List<StoredResource> stored) {
        List<Resource> resources = new ArrayList<>(stored.size());
        stored.stream()
                .filter(resource -> resource.json() != null)
                .forEach(resource -> resources.add((Resource) parser.parseResource(resource.json())));
        return resources;
    }

    /** Typed resources; {@code complete} is false when more matched than the ceiling. */
    record Results(List<Resource> matches, List<Resource> included, boolean complete) {

        <T extends Resource> List<T> matches(Class<T> type) {
            return matches.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends Resource> List<T> included(Class<T> type) {
            return included.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
