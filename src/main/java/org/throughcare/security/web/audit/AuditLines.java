package org.throughcare.security.web.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AuditEvent;
import org.springframework.stereotype.Component;

/** AuditEvents from the log (AuditQueries) as lines for the auditor's pages and the access log file. */
@Component
class AuditLines {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH);

    /** The FHIR interaction codes in words; other subtypes (Login, break-glass ...) read as they are. */
    private static final java.util.Map<String, String> ACTIONS = java.util.Map.of(
            "read", "Read",
            "vread", "Read a version",
            "history-instance", "Read the history",
            "search-type", "Search",
            "create", "Create",
            "update", "Update",
            "delete", "Delete",
            "export", "Bulk export",
            "refused", "Refused");

    private final FhirContext fhirContext;

    AuditLines(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    List<AuditLine> of(List<String> events) {
        IParser parser = fhirContext.newJsonParser();
        return events.stream()
                .map(json -> line(parser.parseResource(AuditEvent.class, json)))
                .toList();
    }

    private static AuditLine line(AuditEvent event) {
        AuditEvent.AuditEventAgentComponent user = event.getAgent().stream()
                .filter(AuditEvent.AuditEventAgentComponent::getRequestor)
                .findFirst()
                .orElse(event.getAgentFirstRep());
        String organisations = event.getAgent().stream()
                .filter(agent -> !agent.getRequestor())
                .map(agent -> agent.getWho().getIdentifier().getValue())
                .collect(Collectors.joining(" "));
        boolean emergency = user.getPurposeOfUse().stream()
                .flatMap(purpose -> purpose.getCoding().stream())
                .anyMatch(coding -> "ETREAT".equals(coding.getCode()));
        String patient = event.getEntity().stream()
                .map(entity -> entity.getWhat().getReference())
                .filter(reference -> reference != null && reference.startsWith("Patient/"))
                .map(reference -> reference.substring("Patient/".length()))
                .findFirst()
                .orElse("");
        return new AuditLine(
                WHEN.format(event.getRecorded().toInstant().atZone(LONDON)),
                user.getWho().getIdentifier().getValue(),
                user.getWho().getDisplay(),
                user.getRole().isEmpty()
                        ? ""
                        : user.getRoleFirstRep().getCodingFirstRep().getCode(),
                organisations,
                event.getSubtype().stream()
                        .map(coding -> coding.hasDisplay() ? coding.getDisplay() : coding.getCode())
                        .map(code -> ACTIONS.getOrDefault(code, code))
                        .findFirst()
                        .orElse(event.getType().getCode()),
                outcome(event),
                emergency,
                patient,
                event.hasOutcomeDesc() ? event.getOutcomeDesc() : entries(event));
    }

    private static String outcome(AuditEvent event) {
        return switch (event.getOutcome()) {
            case _0 -> "Success";
            case _4 -> "Refused";
            default -> "Failed";
        };
    }

    private static String entries(AuditEvent event) {
        long count = event.getEntity().stream()
                .filter(entity -> entity.getWhat().hasReference()
                        && !entity.getWhat().getReference().startsWith("Patient/"))
                .count();
        return count == 0 ? "" : count == 1 ? "1 entry" : count + " entries";
    }
}
