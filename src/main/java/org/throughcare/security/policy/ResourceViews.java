package org.throughcare.security.policy;

import ca.uhn.fhir.context.FhirContext;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.StoredResource;
import org.throughcare.security.Caller;
import org.throughcare.security.StaffRole;

/**
 * What a member of staff sees of a resource they may reach: as stored; a stub that says the item is
 * withheld when a confidentiality label is beyond their role (the label itself is not shown, as
 * "HIV" would tell what it hides); or, for prison officers, the information-sharing subset.
 */
@Component
class ResourceViews {

    static final String INTEGRITY = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    private final FhirContext fhirContext;

    ResourceViews(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    Optional<StoredResource> shape(Caller caller, StoredResource stored) {
        if (stored.json() == null || !(caller instanceof Caller.Staff staff)) {
            return Optional.of(stored);
        }
        boolean officer = staff.role() == StaffRole.PRISON_OFFICER;
        if (!officer && !stored.json().contains("\"security\"")) {
            return Optional.of(stored);
        }
        Resource resource = (Resource) fhirContext.newJsonParser().parseResource(stored.json());
        boolean cleared = resource.getMeta().getSecurity().stream()
                .allMatch(label -> LabelClearance.cleared(staff.role(), label));
        if (!cleared) {
            return Optional.of(withJson(stored, withheld(resource)));
        }
        if (officer) {
            return OfficerView.of(resource).map(view -> withJson(stored, view));
        }
        return Optional.of(stored);
    }

    private Resource withheld(Resource original) {
        Resource stub = (Resource)
                fhirContext.getResourceDefinition(original.fhirType()).newInstance();
        stub.setId(original.getIdElement().getIdPart());
        stub.getMeta()
                .setVersionId(original.getMeta().getVersionId())
                .setLastUpdated(original.getMeta().getLastUpdated())
                .addSecurity(new Coding(INTEGRITY, "REDACTED", "redacted"));
        if (stub instanceof org.hl7.fhir.r4.model.DomainResource domain) {
            Narrative text = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
            text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Withheld: this item is confidential"
                    + " and your role may not see it.</div>");
            domain.setText(text);
        }
        return stub;
    }

    private StoredResource withJson(StoredResource stored, Resource view) {
        String json = fhirContext.newJsonParser().encodeResourceToString(view);
        return new StoredResource(stored.type(), stored.id(), stored.version(), stored.lastUpdated(), false, json);
    }
}
