package org.throughcare.record;

import ca.uhn.fhir.context.FhirContext;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/** The FHIR R4 resource types the record stores: all of them. */
@Component
public class ResourceTypes {

    private final FhirContext fhirContext;
    private final Set<String> names;

    ResourceTypes(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
        this.names = new TreeSet<>(fhirContext.getResourceTypes());
    }

    public boolean isKnown(String type) {
        return names.contains(type);
    }

    /** Every supported type, in alphabetical order. */
    public Set<String> all() {
        return names;
    }

    void require(String type) {
        if (!isKnown(type)) {
            throw new RecordException(RecordException.Kind.NOT_FOUND, "not-supported", "Unknown resource type " + type);
        }
    }

    String nameOf(Class<? extends Resource> type) {
        return fhirContext.getResourceType(type);
    }
}
