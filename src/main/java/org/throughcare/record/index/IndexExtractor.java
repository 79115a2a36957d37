package org.throughcare.record.index;

import ca.uhn.fhir.fhirpath.IFhirPath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Extracts the values of every search parameter of a resource's type, by evaluating each
 * parameter's FHIRPath expression once and turning what it finds into index entries.
 */
@Component
public class IndexExtractor {

    private final SearchParameterRegistry registry;
    private final IFhirPath fhirPath;

    public IndexExtractor(SearchParameterRegistry registry, IndexFhirPath indexFhirPath) {
        this.registry = registry;
        this.fhirPath = indexFhirPath.engine();
    }

    public List<IndexEntry> extract(Resource resource) {
        // A set: a code's display often repeats the concept's text, and repeated rows only cost space.
        Set<IndexEntry> entries = new LinkedHashSet<>();
        for (SearchParameter parameter : registry.forType(resource.fhirType()).values()) {
            if (parameter.compiled() != null) {
                for (IBase value : fhirPath.evaluate(resource, parameter.compiled(), IBase.class)) {
                    IndexValues.addTo(entries, parameter, value);
                }
            }
        }
        return List.copyOf(entries);
    }
}
