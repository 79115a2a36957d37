package org.throughcare.testing;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/** An HTTP response with helpers to read its FHIR body. */
public record FhirResponse(HttpResponse<String> http) {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    public int status() {
        return http.statusCode();
    }

    public String body() {
        return http.body();
    }

    public String header(String name) {
        return http.headers().firstValue(name).orElse(null);
    }

    public Resource resource() {
        String contentType = header("Content-Type");
        var parser = contentType != null && contentType.contains("xml") ? FHIR.newXmlParser() : FHIR.newJsonParser();
        return (Resource) parser.parseResource(body());
    }

    public <T extends Resource> T resource(Class<T> type) {
        return type.cast(resource());
    }

    public OperationOutcome outcome() {
        return resource(OperationOutcome.class);
    }

    /** The id in the Location header of a create. */
    public String createdId() {
        String location = header("Location");
        String path = location.substring(0, location.indexOf("/_history"));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return status() + " " + body();
    }
}
