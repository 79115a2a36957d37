package org.throughcare.fhir;

import ca.uhn.fhir.parser.IParser;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * {@code _summary} and {@code _elements}: what part of a resource the client asked to see. HAPI's
 * encoder tags a subsetted resource SUBSETTED, as the specification requires, so nobody mistakes
 * it for the whole.
 */
@Component
class ResourceShaping {

    private static final Set<String> SUMMARY_VALUES = Set.of("true", "false", "text", "data", "count");

    /** True when the client wants the resource whole and compact, so the stored JSON can be sent as is. */
    boolean isAsStored(FhirRequest request) {
        validate(request);
        return !request.pretty()
                && request.summary()
                        .map(value -> value.equals("false") || value.equals("count"))
                        .orElse(true)
                && request.elements().isEmpty();
    }

    void apply(FhirRequest request, IParser parser, Resource resource) {
        validate(request);
        Optional<String> summary = request.summary();
        List<String> elements = request.elements();
        if (!elements.isEmpty()) {
            // In a Bundle, _elements applies to the resources in its entries.
            boolean bundle = resource instanceof org.hl7.fhir.r4.model.Bundle;
            String owner = bundle ? "*" : resource.fhirType();
            Set<String> encode = new HashSet<>();
            elements.forEach(element -> encode.add(owner + "." + element));
            encode.add(owner + ".id");
            encode.add(owner + ".meta");
            parser.setEncodeElements(encode);
            parser.setEncodeElementsAppliesToChildResourcesOnly(bundle);
        } else if (summary.isPresent()) {
            switch (summary.get()) {
                case "true" -> parser.setSummaryMode(true);
                case "text" -> parser.setEncodeElements(Set.of("*.text", "*.id", "*.meta", "*.(mandatory)"));
                case "data" -> parser.setSuppressNarratives(true);
                default -> {}
            }
        }
    }

    private static void validate(FhirRequest request) {
        request.summary().ifPresent(value -> {
            if (!SUMMARY_VALUES.contains(value)) {
                throw FhirApiException.badRequest("_summary must be one of true, text, data, count or false");
            }
        });
    }
}
