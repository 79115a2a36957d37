package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.throughcare.record.SearchPage;
import org.throughcare.record.StoredResource;

/**
 * A search page as a searchset Bundle: matches, then included resources, then an OperationOutcome
 * for anything the client should know (such as ignored parameters); self, first, previous and next
 * links.
 */
@Component
class SearchBundles {

    private final BundleResponder bundles;
    private final FhirContext fhirContext;
    private final Clock clock;

    SearchBundles(BundleResponder bundles, FhirContext fhirContext, Clock clock) {
        this.bundles = bundles;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    void send(FhirRequest request, HttpServletResponse response, SearchPage page, String path) {
        String base = request.baseUrl();
        List<BundlePage.Entry> entries = new ArrayList<>();
        page.matches().forEach(stored -> entries.add(entry(base, stored, "match")));
        page.included().forEach(stored -> entries.add(entry(base, stored, "include")));
        if (!page.warnings().isEmpty()) {
            entries.add(outcome(page));
        }
        bundles.send(request, response, new BundlePage("searchset", page.total(), links(base, path, page), entries));
    }

    private static List<BundlePage.Link> links(String base, String path, SearchPage page) {
        List<BundlePage.Link> links = new ArrayList<>();
        links.add(new BundlePage.Link("self", base + "/" + path + (page.query().isEmpty() ? "" : "?" + page.query())));
        addPage(links, "first", base, page.type(), page.firstPage());
        addPage(links, "previous", base, page.type(), page.previousPage());
        addPage(links, "next", base, page.type(), page.nextPage());
        return links;
    }

    private static void addPage(List<BundlePage.Link> links, String relation, String base, String type, String token) {
        if (token != null) {
            links.add(new BundlePage.Link(
                    relation,
                    UriComponentsBuilder.fromUriString(base + "/" + type)
                            .queryParam("_page", token)
                            .build()
                            .toUriString()));
        }
    }

    private static BundlePage.Entry entry(String base, StoredResource stored, String mode) {
        return new BundlePage.Entry(base + "/" + stored.reference(), stored, null, mode);
    }

    private BundlePage.Entry outcome(SearchPage page) {
        String json = fhirContext.newJsonParser().encodeResourceToString(OperationOutcomes.of(page.warnings()));
        String id = UUID.randomUUID().toString();
        StoredResource outcome = new StoredResource("OperationOutcome", id, 1, clock.instant(), false, json);
        return new BundlePage.Entry("urn:uuid:" + id, outcome, null, "outcome");
    }
}
