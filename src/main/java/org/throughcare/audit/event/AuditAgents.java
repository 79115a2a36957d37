package org.throughcare.audit.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.throughcare.audit.AuditRecord;

/** The agents of an AuditEvent: who acted (with role, address and purpose), and for which organisations. */
final class AuditAgents {

    private AuditAgents() {}

    /** Who acted, from which address, for what purpose: the same for many events. */
    record Acting(AuditRecord.Agent agent, String sourceAddress, String purposeOfUse) {}

    static void user(JsonGenerator json, Acting acting) throws IOException {
        AuditRecord.Agent agent = acting.agent();
        json.writeStartObject();
        json.writeObjectFieldStart("type");
        json.writeArrayFieldStart("coding");
        AuditEvents.writeCoding(
                json,
                agent.person()
                        ? new String[] {
                            "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                            "IRCP",
                            "information recipient"
                        }
                        : new String[] {AuditEvents.DICOM, "110150", "Application"});
        json.writeEndArray();
        json.writeEndObject();
        codeableConcepts(json, "role", AuditEvents.CODES + "/role", agent.role());
        json.writeObjectFieldStart("who");
        json.writeObjectFieldStart("identifier");
        json.writeStringField("system", AuditEvents.CODES + (agent.person() ? "/staff" : "/client"));
        json.writeStringField("value", agent.id());
        json.writeEndObject();
        if (agent.name() != null) {
            json.writeStringField("display", agent.name());
        }
        json.writeEndObject();
        json.writeBooleanField("requestor", true);
        if (acting.sourceAddress() != null) {
            json.writeObjectFieldStart("network");
            json.writeStringField("address", acting.sourceAddress());
            json.writeStringField("type", "2");
            json.writeEndObject();
        }
        if (acting.purposeOfUse() != null) {
            codeableConcepts(
                    json, "purposeOfUse", "http://terminology.hl7.org/CodeSystem/v3-ActReason", acting.purposeOfUse());
        }
        json.writeEndObject();
    }

    /** One custodian agent per ODS code (space-separated when the user works at several). */
    static void organisations(JsonGenerator json, String odsCodes) throws IOException {
        for (String code : odsCodes.split(" ")) {
            json.writeStartObject();
            json.writeObjectFieldStart("type");
            json.writeArrayFieldStart("coding");
            AuditEvents.writeCoding(json, new String[] {
                "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "custodian", "Custodian"
            });
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("who");
            json.writeObjectFieldStart("identifier");
            json.writeStringField("system", AuditEvents.ODS);
            json.writeStringField("value", code);
            json.writeEndObject();
            json.writeEndObject();
            json.writeBooleanField("requestor", false);
            json.writeEndObject();
        }
    }

    /** A list holding one CodeableConcept with one Coding. */
    private static void codeableConcepts(JsonGenerator json, String field, String system, String code)
            throws IOException {
        json.writeArrayFieldStart(field);
        json.writeStartObject();
        json.writeArrayFieldStart("coding");
        AuditEvents.writeCoding(json, new String[] {system, code, null});
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }
}
