package org.throughcare.audit.event;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditRecord;

/**
 * Shapes an {@link AuditRecord} as a FHIR R4 AuditEvent after the IHE Basic Audit Log Patterns:
 * the user (and the establishment they acted for) as agents, the patient as a participant entity,
 * each resource touched as a data entity, the query as a query entity.
 */
@Component
public class AuditEvents {

    public static final String CODES = "https://throughcare.org/fhir/CodeSystem/audit";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String OBJECT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private final FhirContext fhirContext;

    AuditEvents(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    /** The AuditEvent as compact JSON: the exact text stored and hashed. */
    public String json(AuditRecord record) {
        // Entities name the exact versions read or written (BALP), so versions are kept in references.
        return fhirContext.newJsonParser().setStripVersionsFromReferences(false).encodeResourceToString(event(record));
    }

    AuditEvent event(AuditRecord record) {
        AuditEvent event = new AuditEvent();
        event.setType(type(record.kind()));
        event.addSubtype(subtype(record.kind()));
        event.setAction(AuditEvent.AuditEventAction.fromCode(record.kind().action()));
        event.setRecorded(Date.from(record.recorded()));
        event.setOutcome(AuditEvent.AuditEventOutcome.fromCode(record.outcome().code()));
        event.setOutcomeDesc(record.description());
        event.addAgent(user(record));
        if (record.agent().organisation() != null) {
            event.addAgent(organisation(record.agent().organisation()));
        }
        event.getSource().setObserver(new Reference().setDisplay("Throughcare"));
        event.getSource()
                .addType(new Coding(
                        "http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        AuditEntities.add(event, record);
        return event;
    }

    private static Coding type(AuditKind kind) {
        return switch (kind.type()) {
            case "rest" ->
                new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation");
            case "110114" -> new Coding(DICOM, "110114", "User Authentication");
            default -> new Coding(CODES, kind.type(), null);
        };
    }

    private static Coding subtype(AuditKind kind) {
        return switch (kind) {
            case SIGN_IN, SIGN_IN_FAILED -> new Coding(DICOM, "110122", "Login");
            case SIGN_OUT -> new Coding(DICOM, "110123", "Logout");
            case READ, VREAD, CREATE, UPDATE, DELETE ->
                new Coding("http://hl7.org/fhir/restful-interaction", kind.subtype(), null);
            case HISTORY -> new Coding("http://hl7.org/fhir/restful-interaction", "history-instance", null);
            case SEARCH -> new Coding("http://hl7.org/fhir/restful-interaction", "search-type", null);
            default -> new Coding(CODES, kind.subtype(), null);
        };
    }

    private static AuditEventAgentComponent user(AuditRecord record) {
        AuditRecord.Agent agent = record.agent();
        AuditEventAgentComponent user = new AuditEventAgentComponent().setRequestor(true);
        user.getType()
                .addCoding(
                        agent.person()
                                ? new Coding(
                                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                        "IRCP",
                                        "information recipient")
                                : new Coding(DICOM, "110150", "Application"));
        user.setWho(new Reference()
                .setIdentifier(new Identifier()
                        .setSystem(agent.person() ? CODES + "/staff" : CODES + "/client")
                        .setValue(agent.id()))
                .setDisplay(agent.name()));
        user.addRole().addCoding(new Coding(CODES + "/role", agent.role(), null));
        if (record.sourceAddress() != null) {
            user.getNetwork().setAddress(record.sourceAddress()).setType(AuditEvent.AuditEventAgentNetworkType._2);
        }
        if (record.purposeOfUse() != null) {
            user.addPurposeOfUse()
                    .addCoding(new Coding(
                            "http://terminology.hl7.org/CodeSystem/v3-ActReason", record.purposeOfUse(), null));
        }
        return user;
    }

    private static AuditEventAgentComponent organisation(String odsCode) {
        AuditEventAgentComponent organisation = new AuditEventAgentComponent().setRequestor(false);
        organisation
                .getType()
                .addCoding(new Coding(
                        "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "custodian", "Custodian"));
        organisation.setWho(
                new Reference().setIdentifier(new Identifier().setSystem(ODS).setValue(odsCode)));
        return organisation;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
