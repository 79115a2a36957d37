package org.throughcare.testing;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Search helpers over {@link FhirHttp}: the ids a search matched, in order. */
public final class SearchHttp {

    private final FhirHttp fhir;

    public SearchHttp(FhirHttp fhir) {
        this.fhir = fhir;
    }

    public Bundle bundle(String query) {
        FhirResponse response = fhir.get(query).send();
        if (response.status() != 200) {
            throw new AssertionError("search " + query + " answered " + response);
        }
        return response.resource(Bundle.class);
    }

    /** Ids of the matches (not includes) of one page. */
    public List<String> ids(String query) {
        return matches(bundle(query));
    }

    public static List<String> matches(Bundle bundle) {
        return bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
                .map(e -> e.getResource().getIdElement().getIdPart())
                .toList();
    }

    public static List<Resource> included(Bundle bundle) {
        return bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                .map(Bundle.BundleEntryComponent::getResource)
                .toList();
    }

    public int status(String query) {
        return fhir.get(query).send().status();
    }

    /** A code system no other test uses, so searches see only this test's data. */
    public static String uniqueSystem() {
        return "http://example.org/test/" + System.nanoTime();
    }
}
