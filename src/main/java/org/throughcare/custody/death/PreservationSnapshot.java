package org.throughcare.custody.death;

import java.time.Clock;
import java.util.Date;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.PatientLeft;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchPage;

/**
 * A death in custody (ADR 0059): the patient is recorded as deceased, which freezes the record
 * (security's policy: corrections only, authorised and audited), and a preservation snapshot is
 * taken: a List of every resource of the record at that moment, each by its version, which the
 * record keeps for ever. Runs inside the movement's transaction, as its internal job.
 */
@Component
public class PreservationSnapshot {

    public static final String SNAPSHOT = "https://fhir.throughcare.org/CodeSystem/custody-list";
    private static final String REQUESTER = "throughcare:preservation";

    private final RecordService record;
    private final RecordSearch search;
    private final Clock clock;

    PreservationSnapshot(RecordService record, RecordSearch search, Clock clock) {
        this.record = record;
        this.search = search;
        this.clock = clock;
    }

    @EventListener
    void on(PatientLeft left) {
        if (left.leftBy() != MovementKind.DIED) {
            return;
        }
        Patient patient = record.read(Patient.class, left.patientId());
        if (!patient.hasDeceased()) {
            patient.setDeceased(new DateTimeType(Date.from(left.at())));
            record.update(
                    patient, left.patientId(), Integer.valueOf(patient.getMeta().getVersionId()));
        }
        record.create(snapshot(left.patientId()), null);
    }

    private ListResource snapshot(String patientId) {
        ListResource list = new ListResource();
        list.setStatus(ListResource.ListStatus.CURRENT);
        list.setMode(ListResource.ListMode.SNAPSHOT);
        list.setTitle("Preservation snapshot: death in custody");
        list.setCode(new CodeableConcept(new Coding(SNAPSHOT, "preservation-snapshot", "Preservation snapshot")));
        list.setSubject(new Reference("Patient/" + patientId));
        list.setDate(Date.from(clock.instant()));
        SearchPage page = search.everything(patientId, null, Set.of(), 1000, REQUESTER);
        while (true) {
            page.matches().forEach(stored -> list.addEntry().setItem(new Reference(stored.versionedReference())));
            if (page.nextPage() == null) {
                return list;
            }
            page = search.page(page.nextPage(), REQUESTER);
        }
    }
}
