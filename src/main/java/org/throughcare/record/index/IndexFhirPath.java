package org.throughcare.record.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.fhirpath.IFhirPathEvaluationContext;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IIdType;
import org.springframework.stereotype.Component;

/**
 * The FHIRPath engine used to extract index values. Search parameters such as {@code
 * Observation.subject.where(resolve() is Patient)} ask what a reference points at; the answer is
 * read from the reference itself (an empty resource of the referenced type), never by loading it.
 */
@Component
public class IndexFhirPath {

    private final IFhirPath engine;

    public IndexFhirPath(FhirContext fhirContext) {
        this.engine = fhirContext.newFhirPath();
        this.engine.setEvaluationContext(new IFhirPathEvaluationContext() {
            @Override
            public IBase resolveReference(IIdType reference, IBase context) {
                String type = reference == null ? null : reference.getResourceType();
                if (type == null || !fhirContext.getResourceTypes().contains(type)) {
                    return null;
                }
                return fhirContext.getResourceDefinition(type).newInstance();
            }
        });
    }

    public IFhirPath engine() {
        return engine;
    }
}
