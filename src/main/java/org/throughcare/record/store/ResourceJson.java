package org.throughcare.record.store;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/** Turns resources into the stored JSON form and back. Parsers are cheap and not thread-safe, so one per call. */
@Component
public class ResourceJson {

    private final FhirContext fhirContext;

    public ResourceJson(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    public String encode(Resource resource) {
        return fhirContext.newJsonParser().encodeResourceToString(resource);
    }

    /** Parses JSON this store wrote; it was validated when written. */
    public Resource parse(String json) {
        return (Resource) fhirContext.newJsonParser().parseResource(json);
    }

    public <T extends Resource> T parse(Class<T> type, String json) {
        return fhirContext.newJsonParser().parseResource(type, json);
    }
}
