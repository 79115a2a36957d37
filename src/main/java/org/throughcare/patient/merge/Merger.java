package org.throughcare.patient.merge;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.patient.MergeOutcome;
import org.throughcare.record.RecordService;

/**
 * Merges one patient's record into another inside the caller's transaction: every resource that
 * refers to the source is pointed at the target (a new version; the old one stays in history, and
 * the record moves it to the target's compartment), the source becomes inactive and "replaced-by"
 * the target, the target takes the source's identifiers and "replaces" it, and a Provenance lists
 * every version written. Nothing is deleted.
 */
@Component
public class Merger {

    private final RecordService record;
    private final Compartment compartment;
    private final FhirContext fhirContext;
    private final Clock clock;

    Merger(RecordService record, Compartment compartment, FhirContext fhirContext, Clock clock) {
        this.record = record;
        this.compartment = compartment;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    public MergeOutcome merge(String sourceId, String targetId, String reason, String who) {
        Patient source = record.read(Patient.class, sourceId);
        Patient target = record.read(Patient.class, targetId);
        MergeRules.check(source, target);
        String sourceBefore =
                "Patient/" + sourceId + "/_history/" + source.getMeta().getVersionId();
        List<String> written = new ArrayList<>();
        for (Resource resource : compartment.referringTo(sourceId)) {
            PatientReferences.repoint(fhirContext, resource, sourceId, targetId);
            written.add(Versions.update(record, resource));
        }
        int moved = written.size();
        written.add(Versions.update(record, replaced(source, targetId)));
        written.add(Versions.update(record, absorbing(target, source)));
        String provenanceId = record.create(
                        MergeProvenance.of("merge", written, sourceBefore, reason, who, clock.instant()), null)
                .resource()
                .id();
        return new MergeOutcome(provenanceId, sourceId, targetId, moved);
    }

    private static Patient replaced(Patient source, String targetId) {
        source.setActive(false);
        source.addLink().setType(Patient.LinkType.REPLACEDBY).setOther(new Reference("Patient/" + targetId));
        return source;
    }

    /**
     * The target keeps its own identifiers first and takes the source's it lacks (old prison
     * numbers), and the source's managing organisation when it has one: in a reviewed merge the
     * source is the record just received, so that is where the patient is now.
     */
    private static Patient absorbing(Patient target, Patient source) {
        if (source.hasManagingOrganization()) {
            target.setManagingOrganization(source.getManagingOrganization().copy());
        }
        for (Identifier identifier : source.getIdentifier()) {
            if (!MergeRules.holds(target, identifier)) {
                target.addIdentifier(identifier.copy());
            }
        }
        target.addLink()
                .setType(Patient.LinkType.REPLACES)
                .setOther(new Reference("Patient/" + source.getIdElement().getIdPart()));
        return target;
    }
}
