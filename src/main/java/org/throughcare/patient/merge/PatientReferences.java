package org.throughcare.patient.merge;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Every reference in a resource to one patient, found with HAPI's terser (any element, any depth). */
final class PatientReferences {

    private PatientReferences() {}

    /** Points every reference to Patient/from (versioned or not) at Patient/to; true when any changed. */
    static boolean repoint(FhirContext fhirContext, Resource resource, String from, String to) {
        boolean changed = false;
        for (Reference reference :
                fhirContext.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            if (refersTo(reference, from)) {
                reference.setReference("Patient/" + to);
                changed = true;
            }
        }
        return changed;
    }

    static boolean refersTo(FhirContext fhirContext, Resource resource, String patientId) {
        return fhirContext.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
                .anyMatch(reference -> refersTo(reference, patientId));
    }

    private static boolean refersTo(Reference reference, String patientId) {
        String value = reference.getReference();
        String target = "Patient/" + patientId;
        return value != null && (value.equals(target) || value.startsWith(target + "/_history/"));
    }
}
