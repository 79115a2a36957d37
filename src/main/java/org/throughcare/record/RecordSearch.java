package org.throughcare.record;

import org.springframework.stereotype.Service;
import org.throughcare.record.search.SearchExecutor;

/**
 * Finding resources: FHIR search with paging that stays consistent while others write. Every path
 * that returns several resources goes through here.
 */
@Service
public class RecordSearch {

    private final ResourceTypes types;
    private final SearchExecutor searches;

    RecordSearch(ResourceTypes types, SearchExecutor searches) {
        this.types = types;
        this.searches = searches;
    }

    /** The first page of a search. */
    public SearchPage search(SearchRequest request) {
        types.require(request.type());
        return searches.search(request);
    }

    /** A later page, by the token from a previous page's link; only the requester may read it. */
    public SearchPage page(String token, String requester) {
        return searches.page(token, requester);
    }
}
