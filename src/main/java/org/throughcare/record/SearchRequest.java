package org.throughcare.record;

import java.util.List;

/**
 * A FHIR search as the client asked for it.
 *
 * @param type the resource type searched
 * @param parameters every query parameter, in order, names and values percent-decoded
 * @param compartmentPatient the patient id of a compartment search ({@code Patient/123/Observation}), or null
 * @param strict true under {@code Prefer: handling=strict}: unknown parameters are refused, not ignored
 * @param requester who asked (the authenticated principal), so later pages go only to them; null if anonymous
 */
public record SearchRequest(
        String type, List<Parameter> parameters, String compartmentPatient, boolean strict, String requester) {

    public SearchRequest {
        parameters = List.copyOf(parameters);
    }

    /** One name=value pair of the query. */
    public record Parameter(String name, String value) {}
}
