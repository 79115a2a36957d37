package org.throughcare.custody;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.throughcare.custody.death.DisclosurePdf;
import org.throughcare.custody.death.PreservationSnapshot;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchRequest;
import org.throughcare.security.RecordCorrections;

/**
 * After a death in custody: the disclosure pack for the Prisons and Probation Ombudsman, the
 * clinical reviewer and the coroner (the preservation snapshot's resources, each at the version it
 * had at death, read as the caller and audited), and authorised corrections to the frozen record.
 */
@Service
public class DeathInCustody {

    private final RecordService record;
    private final RecordSearch search;
    private final RecordCorrections corrections;
    private final FhirContext fhirContext;

    DeathInCustody(RecordService record, RecordSearch search, RecordCorrections corrections, FhirContext fhirContext) {
        this.record = record;
        this.search = search;
        this.corrections = corrections;
        this.fhirContext = fhirContext;
    }

    /** The disclosure pack as a FHIR collection Bundle: the snapshot and every resource it names. */
    public Bundle disclosurePack(String patientId) {
        record.read("Patient", patientId);
        ListResource snapshot = search
                .find(
                        ListResource.class,
                        List.of(
                                new SearchRequest.Parameter("subject", "Patient/" + patientId),
                                new SearchRequest.Parameter(
                                        "code", PreservationSnapshot.SNAPSHOT + "|preservation-snapshot")))
                .stream()
                .findFirst()
                .orElseThrow(() -> RecordException.notFound("a preservation snapshot of Patient/" + patientId));
        Bundle pack = new Bundle().setType(Bundle.BundleType.COLLECTION);
        pack.addEntry().setResource(snapshot);
        for (ListResource.ListEntryComponent entry : snapshot.getEntry()) {
            IdType id = new IdType(entry.getItem().getReference());
            String json = record.readVersion(
                            id.getResourceType(), id.getIdPart(), Integer.parseInt(id.getVersionIdPart()))
                    .json();
            pack.addEntry().setResource((Resource) fhirContext.newJsonParser().parseResource(json));
        }
        return pack;
    }

    /** The disclosure pack as a PDF index of its contents. */
    public byte[] disclosurePdf(String patientId) {
        return DisclosurePdf.of(disclosurePack(patientId));
    }

    /** Allows the caller to correct the frozen record for an hour; the reason is audited. */
    public java.time.Instant correction(String patientId, String reason) {
        return corrections.grant(patientId, reason);
    }
}
