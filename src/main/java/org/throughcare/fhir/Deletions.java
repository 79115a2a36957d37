package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.throughcare.record.WriteResult;

/** The answer to a delete: 200 with an OperationOutcome saying what happened, or 204 for Prefer minimal. */
final class Deletions {

    private Deletions() {}

    static void answer(FhirResponder responder, FhirRequest request, HttpServletResponse response, WriteResult result) {
        String message = result.outcome() == WriteResult.Outcome.DELETED
                ? "Deleted " + result.resource().reference() + " (version "
                        + result.resource().version() + ")"
                : "There was nothing to delete";
        if (result.outcome() == WriteResult.Outcome.DELETED) {
            FhirResponder.versionHeaders(response, result.resource());
        }
        if ("minimal".equals(request.preferredReturn())) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        responder.resource(request, response, OperationOutcomes.information(message), HttpStatus.OK.value());
    }
}
