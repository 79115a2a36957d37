package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.optionalText;
import static org.throughcare.fhir.OperationParameters.text;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.audit.AuditChainReport;
import org.throughcare.audit.AuditQueries;
import org.throughcare.audit.AuditVerification;
import org.throughcare.record.Issue;
import org.throughcare.security.BreakGlass;
import org.throughcare.security.BreakGlassGrant;

/**
 * Access operations: break-glass for clinicians, and for the Caldicott guardian the audit log
 * (AuditEvent search by patient, agent or subtype), a patient's access log for a subject access
 * request, the break-glass review queue and its outcomes, and the audit chain check.
 */
@RestController
@RequestMapping("/fhir")
class AccessOperationsController {

    private final BreakGlass breakGlass;
    private final AuditQueries audit;
    private final AuditVerification verification;
    private final FhirResponder responder;
    private final AuditBundles bundles;

    AccessOperationsController(
            BreakGlass breakGlass,
            AuditQueries audit,
            AuditVerification verification,
            FhirResponder responder,
            AuditBundles bundles) {
        this.breakGlass = breakGlass;
        this.audit = audit;
        this.verification = verification;
        this.responder = responder;
        this.bundles = bundles;
    }

    @PostMapping("/Patient/{id}/$break-glass")
    void grant(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        BreakGlassGrant grant = breakGlass.grant(id, text(request.body(), "reason"));
        responder.resource(request, response, describe(grant), HttpStatus.OK.value());
    }

    @GetMapping("/AuditEvent")
    void search(FhirRequest request, HttpServletResponse response) {
        breakGlass.requireAuditor();
        int count = HistoryController.count(request.servletRequest().getParameter("_count"));
        String patient = request.servletRequest().getParameter("patient");
        String agent = request.servletRequest().getParameter("agent");
        String subtype = request.servletRequest().getParameter("subtype");
        List<String> events;
        if (patient != null) {
            events = audit.aboutPatient(patient.replaceFirst("^Patient/", ""), count);
        } else if (agent != null) {
            events = audit.byAgent(agent, count);
        } else if (subtype != null) {
            events = audit.ofSubtype(subtype, count);
        } else {
            throw FhirApiException.badRequest("Search the audit log by patient, agent or subtype");
        }
        responder.resource(request, response, bundles.searchset(events), HttpStatus.OK.value());
    }

    @GetMapping("/Patient/{id}/$access-log")
    void accessLog(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        breakGlass.requireAuditor();
        responder.resource(request, response, bundles.searchset(audit.aboutPatient(id, 1000)), HttpStatus.OK.value());
    }

    @GetMapping("/$break-glass-queue")
    void queue(FhirRequest request, HttpServletResponse response) {
        Parameters queue = new Parameters();
        breakGlass
                .awaitingReview(HistoryController.count(request.servletRequest().getParameter("_count")))
                .forEach(grant -> queue.addParameter()
                        .setName("grant")
                        .setPart(describe(grant).getParameter()));
        responder.resource(request, response, queue, HttpStatus.OK.value());
    }

    @PostMapping("/$break-glass-review")
    void review(FhirRequest request, HttpServletResponse response) {
        Resource body = request.body();
        UUID id;
        try {
            id = UUID.fromString(text(body, "grant"));
        } catch (IllegalArgumentException e) {
            throw FhirApiException.badRequest("grant must be the id of a break-glass grant");
        }
        BreakGlassGrant grant = breakGlass.review(id, text(body, "outcome"), optionalText(body, "note"));
        responder.resource(request, response, describe(grant), HttpStatus.OK.value());
    }

    @GetMapping("/$verify-audit")
    void verify(FhirRequest request, HttpServletResponse response) {
        breakGlass.requireAuditor();
        AuditChainReport report = verification.verify();
        Issue issue = report.intact()
                ? new Issue(Issue.Severity.INFORMATION, "informational", report.describe(), null)
                : Issue.error("exception", report.describe());
        responder.outcome(request, response, HttpStatus.OK, List.of(issue));
    }

    private static Parameters describe(BreakGlassGrant grant) {
        Parameters parameters = new Parameters();
        parameters.addParameter("grant", grant.id().toString());
        parameters.addParameter("patient", "Patient/" + grant.patientId());
        parameters.addParameter("user", grant.username());
        parameters.addParameter("reason", grant.reason());
        parameters.addParameter().setName("granted").setValue(new InstantType(java.util.Date.from(grant.grantedAt())));
        parameters.addParameter().setName("expires").setValue(new InstantType(java.util.Date.from(grant.expiresAt())));
        if (grant.outcome() != null) {
            parameters.addParameter("outcome", grant.outcome());
            parameters.addParameter("reviewer", grant.reviewer());
        }
        return parameters;
    }
}
