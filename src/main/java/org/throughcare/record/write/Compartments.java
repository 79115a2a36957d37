package org.throughcare.record.write;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.index.IndexEntry;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchParameterRegistry;

/**
 * Works out which patient a resource belongs to: a Patient belongs to itself; anything else to the
 * Patient named by the first of its type's Patient-compartment parameters (FHIR R4 compartment
 * definition), such as Observation.subject or Encounter.patient.
 */
@Component
class Compartments {

    private final SearchParameterRegistry registry;

    Compartments(SearchParameterRegistry registry) {
        this.registry = registry;
    }

    Long patientOf(Resource resource, long resPk, List<IndexEntry> entries, WriteContext context) {
        if ("Patient".equals(resource.fhirType())) {
            return resPk;
        }
        for (SearchParameter parameter : registry.patientCompartmentParameters(resource.fhirType())) {
            for (IndexEntry entry : entries) {
                if (entry instanceof IndexEntry.Reference reference
                        && reference.spId() == parameter.spId()
                        && "Patient".equals(reference.targetType())) {
                    Long key = context.keyOf(new LocalReference("Patient", reference.targetId()));
                    if (key != null) {
                        return key;
                    }
                }
            }
        }
        return null;
    }
}
