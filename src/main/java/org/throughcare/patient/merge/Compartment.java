package org.throughcare.patient.merge;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.SearchPage;
import org.throughcare.record.StoredResource;

/**
 * The resources that refer to a patient: their $everything compartment (stored under them or
 * naming them in any Patient-compartment element), page by page, keeping those that hold a
 * reference to the patient.
 */
@Component
class Compartment {

    private static final String REQUESTER = "throughcare:identity-merge";
    private static final int PAGE = 1000;

    private final RecordSearch search;
    private final FhirContext fhirContext;

    Compartment(RecordSearch search, FhirContext fhirContext) {
        this.search = search;
        this.fhirContext = fhirContext;
    }

    List<Resource> referringTo(String patientId) {
        List<Resource> found = new ArrayList<>();
        SearchPage page = search.everything(patientId, null, Set.of(), PAGE, REQUESTER);
        while (true) {
            for (StoredResource stored : page.matches()) {
                Resource resource = (Resource) fhirContext.newJsonParser().parseResource(stored.json());
                boolean self = stored.type().equals("Patient") && stored.id().equals(patientId);
                if (!self && PatientReferences.refersTo(fhirContext, resource, patientId)) {
                    found.add(resource);
                }
            }
            if (page.nextPage() == null) {
                return found;
            }
            page = search.page(page.nextPage(), REQUESTER);
        }
    }
}
