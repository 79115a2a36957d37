package org.throughcare.patient.merge;

import java.util.Objects;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.throughcare.patient.identity.PatientResources;
import org.throughcare.record.RecordException;
import org.throughcare.shared.NhsNumber;

/** When two records may be merged: never one with itself, a merged one again, or two NHS numbers. */
final class MergeRules {

    private MergeRules() {}

    static void check(Patient source, Patient target) {
        String sourceId = source.getIdElement().getIdPart();
        String targetId = target.getIdElement().getIdPart();
        if (sourceId.equals(targetId)) {
            throw RecordException.invalid("A record cannot be merged with itself");
        }
        if (mergedAway(source) || mergedAway(target)) {
            throw conflict("One of the records has already been merged into another");
        }
        var sourceNhs = PatientResources.identifier(source, NhsNumber.SYSTEM);
        var targetNhs = PatientResources.identifier(target, NhsNumber.SYSTEM);
        if (sourceNhs.isPresent() && targetNhs.isPresent() && !sourceNhs.equals(targetNhs)) {
            // Two NHS numbers are two people to the NHS; PDS must resolve it before we may.
            throw conflict("The records have different NHS numbers; trace both with PDS before merging");
        }
    }

    static boolean mergedAway(Patient patient) {
        return (patient.hasActive() && !patient.getActive())
                || patient.getLink().stream().anyMatch(link -> link.getType() == Patient.LinkType.REPLACEDBY);
    }

    /** The patient has an identifier with this system and value. */
    static boolean holds(Patient patient, Identifier identifier) {
        return patient.getIdentifier().stream()
                .anyMatch(own -> Objects.equals(own.getSystem(), identifier.getSystem())
                        && Objects.equals(own.getValue(), identifier.getValue()));
    }

    static RecordException conflict(String diagnostics) {
        return new RecordException(RecordException.Kind.CONFLICT, "conflict", diagnostics);
    }
}
