package org.throughcare.patient;

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
 * Runs a search through the record as the signed-in caller (so the access guard narrows it and the
 * audit records it) and hands back typed resources.
 */
@Component
class RecordReading {

    private final RecordSearch search;
    private final Callers callers;
    private final FhirContext fhirContext;

    RecordReading(RecordSearch search, Callers callers, FhirContext fhirContext) {
        this.search = search;
        this.callers = callers;
        this.fhirContext = fhirContext;
    }

    /** One page: the matches, what was included, and whether more matched than the page holds. */
    Results search(String type, List<String[]> parameters) {
        List<SearchRequest.Parameter> query = parameters.stream()
                .map(pair -> new SearchRequest.Parameter(pair[0], pair[1]))
                .toList();
        String requester = callers.current().map(caller -> caller.id()).orElse(null);
        SearchPage page = search.search(new SearchRequest(type, query, null, false, requester));
        IParser parser = fhirContext.newJsonParser();
        return new Results(parsed(parser, page.matches()), parsed(parser, page.included()), page.nextPage() != null);
    }

    private static List<Resource> parsed(IParser parser, List<StoredResource> stored) {
        List<Resource> resources = new ArrayList<>(stored.size());
        stored.forEach(resource -> resources.add((Resource) parser.parseResource(resource.json())));
        return resources;
    }

    /** A page of typed resources. */
    record Results(List<Resource> matches, List<Resource> included, boolean more) {

        <T extends Resource> List<T> matches(Class<T> type) {
            return matches.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends Resource> List<T> included(Class<T> type) {
            return included.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
