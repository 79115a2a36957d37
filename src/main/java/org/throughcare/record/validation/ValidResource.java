package org.throughcare.record.validation;

import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource that passed validation, with every literal reference in it and where each sits. Only
 * {@link ResourceValidator} makes one, so the write path, which takes nothing else, cannot store an
 * unvalidated resource; and the references found while validating are not searched for again.
 */
public final class ValidResource {

    /** A Reference element with a literal reference, and its FHIRPath location. */
    public record ReferenceAt(String path, Reference reference) {}

    private final Resource resource;
    private final List<ReferenceAt> references;

    ValidResource(Resource resource, List<ReferenceAt> references) {
        this.resource = resource;
        this.references = List.copyOf(references);
    }

    public Resource resource() {
        return resource;
    }

    public List<ReferenceAt> references() {
        return references;
    }
}
