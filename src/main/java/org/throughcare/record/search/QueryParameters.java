package org.throughcare.record.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.record.SearchRequest;

/** Reads back the query a snapshot stored (as written by {@link QueryText}). */
final class QueryParameters {

    private QueryParameters() {}

    static List<SearchRequest.Parameter> parse(String query) {
        List<SearchRequest.Parameter> parameters = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.add(
                    new SearchRequest.Parameter(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
