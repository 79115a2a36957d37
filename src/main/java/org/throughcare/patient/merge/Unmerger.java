package org.throughcare.patient.merge;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.patient.MergeOutcome;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchRequest;

/**
 * Undoes a merge from its Provenance: the resources it moved (its targets other than the two
 * patients) point at the source again, in their current versions; the source is active again and
 * the target gives back the identifiers it took. What was recorded against the target after the
 * merge stays with the target: only a person can tell whose it is. An unmerge is recorded as a
 * Provenance whose entity is the merge's, and a merge is undone once.
 */
@Component
public class Unmerger {

    private final RecordService record;
    private final RecordSearch search;
    private final FhirContext fhirContext;
    private final Clock clock;

    Unmerger(RecordService record, RecordSearch search, FhirContext fhirContext, Clock clock) {
        this.record = record;
        this.search = search;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    public MergeOutcome unmerge(String mergeProvenanceId, String expectedTargetId, String reason, String who) {
        Provenance merge = record.read(Provenance.class, mergeProvenanceId);
        if (!MergeProvenance.is(merge, "merge")) {
            throw org.throughcare.record.RecordException.invalid("Provenance/" + mergeProvenanceId + " is not a merge");
        }
        requireNotUndone(mergeProvenanceId);
        IdType sourceBefore = new IdType(merge.getEntityFirstRep().getWhat().getReference());
        String sourceId = sourceBefore.getIdPart();
        IdType targetAfter = patientTarget(merge, sourceId);
        String targetId = targetAfter.getIdPart();
        if (!targetId.equals(expectedTargetId)) {
            throw org.throughcare.record.RecordException.invalid("That merge was into another record");
        }
        List<String> written = new ArrayList<>();
        for (Reference moved : merge.getTarget()) {
            IdType id = new IdType(moved.getReference());
            if (!id.getResourceType().equals("Patient")) {
                Resource current = record.read(resourceClass(id), id.getIdPart());
                PatientReferences.repoint(fhirContext, current, targetId, sourceId);
                written.add(Versions.update(record, current));
            }
        }
        int moved = written.size();
        Patient sourcePrevious = version(sourceBefore);
        written.add(Versions.update(record, restoredSource(sourcePrevious, targetId)));
        written.add(Versions.update(record, restoredTarget(targetAfter, sourcePrevious)));
        String provenanceId = record.create(
                        MergeProvenance.of(
                                "unmerge", written, "Provenance/" + mergeProvenanceId, reason, who, clock.instant()),
                        null)
                .resource()
                .id();
        return new MergeOutcome(provenanceId, sourceId, targetId, moved);
    }

    private void requireNotUndone(String mergeProvenanceId) {
        boolean undone = !search.find(
                        Provenance.class,
                        List.of(new SearchRequest.Parameter("entity", "Provenance/" + mergeProvenanceId)))
                .isEmpty();
        if (undone) {
            throw MergeRules.conflict("This merge has already been undone");
        }
    }

    private static IdType patientTarget(Provenance merge, String sourceId) {
        return merge.getTarget().stream()
                .map(reference -> new IdType(reference.getReference()))
                .filter(id -> id.getResourceType().equals("Patient")
                        && !id.getIdPart().equals(sourceId))
                .findFirst()
                .orElseThrow(() -> org.throughcare.record.RecordException.invalid("The merge names no target patient"));
    }

    /** The source as it is now, active as it was before the merge and no longer replaced. */
    private Patient restoredSource(Patient previous, String targetId) {
        Patient current = record.read(Patient.class, previous.getIdElement().getIdPart());
        current.setActiveElement(previous.getActiveElement().copy());
        current.getLink()
                .removeIf(link -> ("Patient/" + targetId).equals(link.getOther().getReference()));
        return current;
    }

    /** The target as it is now, without the link and the identifiers the merge gave it. */
    private Patient restoredTarget(IdType after, Patient source) {
        Patient current = record.read(Patient.class, after.getIdPart());
        Patient before = version(after.withVersion(Integer.toString(Integer.parseInt(after.getVersionIdPart()) - 1)));
        String sourceReference = "Patient/" + source.getIdElement().getIdPart();
        current.getLink()
                .removeIf(link -> sourceReference.equals(link.getOther().getReference()));
        current.getIdentifier()
                .removeIf(identifier -> !MergeRules.holds(before, identifier) && MergeRules.holds(source, identifier));
        return current;
    }

    private Patient version(IdType id) {
        String json = record.readVersion("Patient", id.getIdPart(), Integer.parseInt(id.getVersionIdPart()))
                .json();
        return (Patient) fhirContext.newJsonParser().parseResource(json);
    }

    @SuppressWarnings("unchecked")
    private Class<? extends Resource> resourceClass(IdType id) {
        return (Class<? extends Resource>)
                fhirContext.getResourceDefinition(id.getResourceType()).getImplementingClass();
    }
}
