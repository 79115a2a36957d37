package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.ResourceTypes;
import org.throughcare.record.SearchPage;
import org.throughcare.record.SearchRequest;

/** Search: GET and POST _search, compartment search, and the pages that follow. */
@RestController
@RequestMapping("/fhir")
class SearchController {

    private final RecordSearch search;
    private final ResourceTypes types;
    private final SearchBundles bundles;

    SearchController(RecordSearch search, ResourceTypes types, SearchBundles bundles) {
        this.search = search;
        this.types = types;
        this.bundles = bundles;
    }

    @GetMapping("/{type}")
    void search(@PathVariable String type, FhirRequest request, HttpServletResponse response) {
        answer(type, null, request, response);
    }

    @PostMapping("/{type}/_search")
    void searchByPost(@PathVariable String type, FhirRequest request, HttpServletResponse response) {
        String contentType = request.servletRequest().getContentType();
        if (contentType != null && !contentType.startsWith("application/x-www-form-urlencoded")) {
            throw new FhirApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "not-supported",
                    "POST _search takes application/x-www-form-urlencoded parameters");
        }
        answer(type, null, request, response);
    }

    @GetMapping("/Patient/{id}/{type}")
    void compartment(
            @PathVariable String id, @PathVariable String type, FhirRequest request, HttpServletResponse response) {
        answer(type, id, request, response);
    }

    @GetMapping("/Patient/{id}/$everything")
    void everything(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        HttpServletRequest http = request.servletRequest();
        SearchPage page = search.everything(
                id,
                Instants.parse("_since", http.getParameter("_since")),
                typeList(http.getParameter("_type")),
                HistoryController.count(http.getParameter("_count")),
                requester(http));
        bundles.send(request, response, page, "Patient/" + id + "/$everything");
    }

    private Set<String> typeList(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> list = new LinkedHashSet<>();
        for (String type : value.split(",")) {
            if (!types.isKnown(type.trim())) {
                throw FhirApiException.badRequest("_type names an unknown resource type: " + type.trim());
            }
            list.add(type.trim());
        }
        return list;
    }

    private void answer(String type, String patient, FhirRequest request, HttpServletResponse response) {
        if (!types.isKnown(type)) {
            throw new FhirApiException(HttpStatus.NOT_FOUND, "not-supported", "Unknown resource type " + type);
        }
        HttpServletRequest http = request.servletRequest();
        String requester = requester(http);
        String pageToken = http.getParameter("_page");
        SearchPage page = pageToken != null
                ? search.page(pageToken, requester)
                : search.search(new SearchRequest(type, parameters(http), patient, strict(http), requester));
        bundles.send(request, response, page, patient == null ? type : "Patient/" + patient + "/" + type);
    }

    private static List<SearchRequest.Parameter> parameters(HttpServletRequest http) {
        List<SearchRequest.Parameter> parameters = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : http.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                parameters.add(new SearchRequest.Parameter(parameter.getKey(), value));
            }
        }
        return parameters;
    }

    private static boolean strict(HttpServletRequest http) {
        String prefer = http.getHeader("Prefer");
        return prefer != null && prefer.replace(" ", "").contains("handling=strict");
    }

    static String requester(HttpServletRequest http) {
        Principal principal = http.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }
}
