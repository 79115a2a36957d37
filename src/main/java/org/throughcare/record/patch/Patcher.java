package org.throughcare.record.patch;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.Patch;
import org.throughcare.record.RecordException;
import org.throughcare.record.store.ResourceJson;

/** Applies a JSON Patch or FHIRPath Patch to a resource, giving the proposed new version. */
@Component
public class Patcher {

    private final FhirContext fhirContext;
    private final ResourceJson json;
    private final FhirPathPatchApplier fhirPathPatch;

    public Patcher(FhirContext fhirContext, ResourceJson json) {
        this.fhirContext = fhirContext;
        this.json = json;
        this.fhirPathPatch = new FhirPathPatchApplier(fhirContext);
    }

    public Resource apply(Resource current, Patch patch) {
        Resource patched =
                switch (patch) {
                    case Patch.JsonPatch jsonPatch ->
                        parse(JsonPatchApplier.apply(json.encode(current), jsonPatch.document()));
                    case Patch.FhirPathPatch fhirPath -> {
                        Resource copy = current.copy();
                        fhirPathPatch.apply(copy, fhirPath.operations());
                        yield copy;
                    }
                };
        if (!patched.fhirType().equals(current.fhirType())
                || !current.getIdElement()
                        .getIdPart()
                        .equals(patched.getIdElement().getIdPart())) {
            throw JsonPatchApplier.unprocessable("A patch may not change the resource type or id");
        }
        return patched;
    }

    private Resource parse(String patchedJson) {
        try {
            return (Resource) fhirContext
                    .newJsonParser()
                    .setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(patchedJson);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw new RecordException(
                    RecordException.Kind.UNPROCESSABLE, "structure", "The patched resource is not valid FHIR");
        }
    }
}
