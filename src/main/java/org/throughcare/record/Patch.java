package org.throughcare.record;

import org.hl7.fhir.r4.model.Parameters;

/** A change to apply to the current version of a resource. */
public sealed interface Patch {

    /** An RFC 6902 JSON Patch document, applied to the resource's JSON. */
    record JsonPatch(String document) implements Patch {}

    /** A FHIRPath Patch: a Parameters resource of operations (FHIR R4 fhirpatch.html). */
    record FhirPathPatch(Parameters operations) implements Patch {}
}
