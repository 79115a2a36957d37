package org.throughcare.security.web;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.stereotype.Component;

/**
 * Refusals made before a request reaches the FHIR controllers (no token, a bad token, a token
 * without the scope) still answer with an OperationOutcome, never an HTML page.
 */
@Component
class OutcomeResponses {

    private final FhirContext fhirContext;

    OutcomeResponses(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    void write(HttpServletResponse response, int status, OperationOutcome.IssueType type, String diagnostics)
            throws IOException {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(diagnostics);
        response.setStatus(status);
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(outcome));
    }
}
