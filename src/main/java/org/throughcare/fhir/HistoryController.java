package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.throughcare.record.HistoryPage;
import org.throughcare.record.HistoryQuery;
import org.throughcare.record.RecordService;

/** History of one resource, of a type, and of the whole system, paged newest first. */
@RestController
@RequestMapping("/fhir")
class HistoryController {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 1000;

    private final RecordService record;
    private final BundleResponder bundles;

    HistoryController(RecordService record, BundleResponder bundles) {
        this.record = record;
        this.bundles = bundles;
    }

    @GetMapping("/{type}/{id}/_history")
    void instance(
            @PathVariable String type, @PathVariable String id, FhirRequest request, HttpServletResponse response) {
        answer(type, id, type + "/" + id + "/_history", request, response);
    }

    @GetMapping("/{type}/_history")
    void type(@PathVariable String type, FhirRequest request, HttpServletResponse response) {
        answer(type, null, type + "/_history", request, response);
    }

    @GetMapping("/_history")
    void system(FhirRequest request, HttpServletResponse response) {
        answer(null, null, "_history", request, response);
    }

    private void answer(String type, String id, String path, FhirRequest request, HttpServletResponse response) {
        int count = count(request.servletRequest().getParameter("_count"));
        String sinceText = request.servletRequest().getParameter("_since");
        Instant since = Instants.parse("_since", sinceText);
        String pageToken = request.servletRequest().getParameter("_page");
        HistoryPage page = record.history(new HistoryQuery(type, id, since, count, pageToken));
        String base = request.baseUrl();
        List<BundlePage.Link> links = new ArrayList<>();
        links.add(new BundlePage.Link("self", link(base, path, count, sinceText, pageToken)));
        if (page.nextPageToken() != null) {
            links.add(new BundlePage.Link("next", link(base, path, count, sinceText, page.nextPageToken())));
        }
        bundles.send(request, response, new BundlePage("history", null, links, HistoryEntries.of(page, base)));
    }

    private static String link(String base, String path, int count, String since, String pageToken) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromUriString(base + "/" + path).queryParam("_count", count);
        if (since != null) {
            uri.queryParam("_since", since);
        }
        if (pageToken != null) {
            uri.queryParam("_page", pageToken);
        }
        return uri.encode().toUriString();
    }

    static int count(String value) {
        if (value == null) {
            return DEFAULT_COUNT;
        }
        try {
            int count = Integer.parseInt(value);
            if (count < 1) {
                throw FhirApiException.badRequest("_count must be at least 1");
            }
            return Math.min(count, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw FhirApiException.badRequest("_count must be a whole number");
        }
    }
}
