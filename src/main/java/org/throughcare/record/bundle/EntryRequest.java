package org.throughcare.record.bundle;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * One entry of a transaction or batch, its request URL split into parts.
 *
 * @param index the entry's position in the Bundle, for error messages and the response
 * @param method GET, POST, PUT, PATCH, DELETE (HEAD is answered as GET)
 * @param type the resource type in the URL
 * @param id the id in the URL, or null
 * @param version the version in a vread URL, or null
 * @param criteria the query of a conditional URL ({@code Patient?identifier=...}), or null
 * @param resource the entry's resource, or null
 * @param fullUrl the entry's fullUrl, which other entries may use to refer to it
 */
record EntryRequest(
        int index,
        Bundle.HTTPVerb method,
        String type,
        String id,
        Integer version,
        String criteria,
        Resource resource,
        String fullUrl,
        Integer ifMatch,
        String ifNoneExist) {

    String location() {
        return "Bundle.entry[" + index + "]";
    }

    int order() {
        return switch (method) {
            case DELETE -> 0;
            case POST -> 1;
            case PUT, PATCH -> 2;
            default -> 3;
        };
    }
}
