package org.throughcare.audit.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditRecord;

/**
 * Writes an {@link AuditRecord} as a FHIR R4 AuditEvent after the IHE Basic Audit Log Patterns: the
 * user (and the establishment they acted for) as agents, the patient as a participant entity, each
 * resource version touched as a data entity, the query as a query entity. Written with a streaming
 * generator rather than the HAPI model: every read is audited, and HAPI's encoder cost a sixth of
 * the CPU of a read (AuditEventsTest parses the output strictly with HAPI).
 */
@Component
public class AuditEvents {

    public static final String CODES = "https://throughcare.org/fhir/CodeSystem/audit";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String REST = "http://hl7.org/fhir/restful-interaction";
    static final String OBJECT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);
    private static final JsonFactory JSON = new JsonFactory();
    private static final String SOURCE = written(AuditEvents::source);

    private final Cache<AuditAgents.Acting, String> agents =
            Caffeine.newBuilder().maximumSize(10_000).build();

    /** The AuditEvent as compact JSON: the exact text stored and hashed. */
    public String json(AuditRecord record) {
        return written(json -> {
            json.writeStartObject();
            json.writeStringField("resourceType", "AuditEvent");
            coding(json, "type", type(record.kind()));
            json.writeArrayFieldStart("subtype");
            writeCoding(json, subtype(record.kind()));
            json.writeEndArray();
            json.writeStringField("action", record.kind().action());
            json.writeStringField("recorded", INSTANT.format(record.recorded()));
            json.writeStringField("outcome", record.outcome().code());
            if (record.description() != null) {
                json.writeStringField("outcomeDesc", record.description());
            }
            json.writeFieldName("agent");
            json.writeRawValue(agents.get(
                    new AuditAgents.Acting(record.agent(), record.sourceAddress(), record.purposeOfUse()),
                    AuditEvents::agentsJson));
            json.writeFieldName("source");
            json.writeRawValue(SOURCE);
            entities(json, record);
            json.writeEndObject();
        });
    }

    /**
     * The agent array, written once for each member of staff or client acting from one address for one
     * purpose and then reused: the same for every request they make.
     */
    private static String agentsJson(AuditAgents.Acting acting) {
        return written(json -> {
            json.writeStartArray();
            AuditAgents.user(json, acting);
            if (acting.agent().organisation() != null) {
                AuditAgents.organisations(json, acting.agent().organisation());
            }
            json.writeEndArray();
        });
    }

    private static String written(JsonWriting writing) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static void source(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("observer");
        json.writeStringField("display", "Throughcare");
        json.writeEndObject();
        json.writeArrayFieldStart("type");
        writeCoding(
                json,
                new String[] {"http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"});
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void entities(JsonGenerator json, AuditRecord record) throws IOException {
        if (record.patientId() == null && record.entities().isEmpty() && record.query() == null) {
            return;
        }
        json.writeArrayFieldStart("entity");
        if (record.patientId() != null) {
            entity(json, "Patient/" + record.patientId(), "1", "Person", "1", "Patient");
        }
        for (String reference : record.entities()) {
            entity(json, reference, "2", "System Object", "4", "Domain Resource");
        }
        if (record.query() != null) {
            json.writeStartObject();
            coding(json, "type", new String[] {OBJECT_TYPE, "2", "System Object"});
            coding(json, "role", new String[] {OBJECT_ROLE, "24", "Query"});
            json.writeStringField(
                    "query", Base64.getEncoder().encodeToString(record.query().getBytes(StandardCharsets.UTF_8)));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void entity(
            JsonGenerator json, String reference, String type, String typeDisplay, String role, String roleDisplay)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("what");
        json.writeStringField("reference", reference);
        json.writeEndObject();
        coding(json, "type", new String[] {OBJECT_TYPE, type, typeDisplay});
        coding(json, "role", new String[] {OBJECT_ROLE, role, roleDisplay});
        json.writeEndObject();
    }

    private static String[] type(AuditKind kind) {
        return switch (kind.type()) {
            case "rest" ->
                new String[] {"http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"};
            case "110114" -> new String[] {DICOM, "110114", "User Authentication"};
            default -> new String[] {CODES, kind.type(), null};
        };
    }

    private static String[] subtype(AuditKind kind) {
        return switch (kind) {
            case SIGN_IN, SIGN_IN_FAILED -> new String[] {DICOM, "110122", "Login"};
            case SIGN_OUT -> new String[] {DICOM, "110123", "Logout"};
            case READ, VREAD, CREATE, UPDATE, DELETE, HISTORY, SEARCH -> new String[] {REST, kind.subtype(), null};
            default -> new String[] {CODES, kind.subtype(), null};
        };
    }

    /** A Coding field: system, code and (when not null) display. */
    static void coding(JsonGenerator json, String field, String[] coding) throws IOException {
        json.writeFieldName(field);
        writeCoding(json, coding);
    }

    static void writeCoding(JsonGenerator json, String[] coding) throws IOException {
        json.writeStartObject();
        json.writeStringField("system", coding[0]);
        json.writeStringField("code", coding[1]);
        if (coding[2] != null) {
            json.writeStringField("display", coding[2]);
        }
        json.writeEndObject();
    }
}
