package org.throughcare.audit.event;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.throughcare.audit.AuditRecord;

/** The entities of an AuditEvent: the patient, each resource touched, and the query. */
final class AuditEntities {

    private AuditEntities() {}

    static void add(AuditEvent event, AuditRecord record) {
        if (record.patientId() != null) {
            event.addEntity()
                    .setWhat(new Reference("Patient/" + record.patientId()))
                    .setType(new Coding(AuditEvents.OBJECT_TYPE, "1", "Person"))
                    .setRole(new Coding(AuditEvents.OBJECT_ROLE, "1", "Patient"));
        }
        for (String reference : record.entities()) {
            event.addEntity()
                    .setWhat(new Reference(reference))
                    .setType(new Coding(AuditEvents.OBJECT_TYPE, "2", "System Object"))
                    .setRole(new Coding(AuditEvents.OBJECT_ROLE, "4", "Domain Resource"));
        }
        if (record.query() != null) {
            event.addEntity()
                    .setType(new Coding(AuditEvents.OBJECT_TYPE, "2", "System Object"))
                    .setRole(new Coding(AuditEvents.OBJECT_ROLE, "24", "Query"))
                    .setQuery(AuditEvents.utf8(record.query()));
        }
    }
}
