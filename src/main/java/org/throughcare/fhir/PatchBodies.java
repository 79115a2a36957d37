package org.throughcare.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.throughcare.record.Patch;

/** Reads a PATCH body: JSON Patch by its media type, or a FHIRPath Patch Parameters resource. */
final class PatchBodies {

    private PatchBodies() {}

    static Patch read(FhirRequest request) {
        String contentType = request.servletRequest().getContentType();
        String type =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/json-patch+json")) {
            return new Patch.JsonPatch(request.bodyText());
        }
        if (FhirFormat.named(type).isEmpty()) {
            throw new FhirApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "not-supported",
                    "PATCH takes application/json-patch+json, or a FHIRPath Patch as application/fhir+json or +xml");
        }
        Resource body = request.body();
        if (!(body instanceof Parameters parameters)) {
            throw FhirApiException.badRequest("A FHIRPath Patch must be a Parameters resource");
        }
        return new Patch.FhirPathPatch(parameters);
    }
}
