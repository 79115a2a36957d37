package org.throughcare.fhir;

import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The named values of an operation's Parameters body; anything else in the body is a 400. */
final class OperationParameters {

    private OperationParameters() {}

    /** The value of a required parameter as text. */
    static String text(Resource body, String name) {
        String value = optionalText(body, name);
        if (value == null) {
            throw FhirApiException.badRequest("The Parameters must have a '" + name + "' string");
        }
        return value;
    }

    /**
     * The id a required parameter names: a valueReference ({@code Patient/123}) or a string
     * ({@code Patient/123} or {@code 123}) of the given type.
     */
    static String id(Resource body, String name, String type) {
        if (!(body instanceof Parameters parameters)) {
            throw FhirApiException.badRequest("The body must be a Parameters resource");
        }
        String value = parameters.getParameter().stream()
                .filter(p -> name.equals(p.getName()) && p.getValue() != null)
                .map(p -> p.getValue() instanceof Reference reference
                        ? reference.getReference()
                        : p.getValue().primitiveValue())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(
                        () -> FhirApiException.badRequest("The Parameters must name a " + type + " in '" + name + "'"));
        String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
        if (!id.matches("[A-Za-z0-9\\-.]{1,64}")) {
            throw FhirApiException.badRequest("'" + name + "' must be a " + type + " reference");
        }
        return id;
    }

    /** The value of an optional parameter as text, or null. */
    static String optionalText(Resource body, String name) {
        if (!(body instanceof Parameters parameters)) {
            throw FhirApiException.badRequest("The body must be a Parameters resource");
        }
        return parameters.getParameter().stream()
                .filter(p -> name.equals(p.getName()) && p.getValue() != null)
                .map(p -> p.getValue().primitiveValue())
                .findFirst()
                .orElse(null);
    }
}
