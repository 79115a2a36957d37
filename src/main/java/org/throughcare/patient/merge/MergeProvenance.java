package org.throughcare.patient.merge;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

/**
 * The Provenance of a merge or an unmerge: its targets are every resource version the change wrote
 * (the two patients and each resource moved), so an unmerge knows exactly what to move back; the
 * entity is what it started from (the source patient's version before a merge, or the merge's
 * Provenance for an unmerge).
 */
final class MergeProvenance {

    /** ISO 21089 record lifecycle events, which name merge and unmerge. */
    static final String LIFECYCLE = "http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle";

    static final String STAFF = "https://fhir.throughcare.org/Id/staff-username";

    private MergeProvenance() {}

    static Provenance of(
            String activity, List<String> targets, String entity, String reason, String who, Instant when) {
        Provenance provenance = new Provenance();
        targets.forEach(target -> provenance.addTarget(new Reference(target)));
        provenance.setRecorded(Date.from(when));
        provenance
                .getActivity()
                .addCoding(new Coding(LIFECYCLE, activity, activity.equals("merge") ? "Merge" : "Unmerge"));
        provenance.addReason().setText(reason);
        provenance
                .addAgent()
                .setWho(new Reference()
                        .setIdentifier(new Identifier().setSystem(STAFF).setValue(who))
                        .setDisplay(who));
        provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(new Reference(entity));
        return provenance;
    }

    static boolean is(Provenance provenance, String activity) {
        return provenance.getActivity().getCoding().stream()
                .anyMatch(coding -> LIFECYCLE.equals(coding.getSystem()) && activity.equals(coding.getCode()));
    }
}
