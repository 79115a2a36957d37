package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.record.Issue;

/**
 * Errors that never reached a controller (no such URL, a body the container refused) still get an
 * OperationOutcome, never the container's HTML page or a stack trace.
 */
@RestController
class FhirErrorController implements ErrorController {

    private final FhirResponder responder;
    private final FhirContext fhirContext;

    FhirErrorController(FhirResponder responder, FhirContext fhirContext) {
        this.responder = responder;
        this.fhirContext = fhirContext;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String diagnostics =
                switch (status) {
                    case NOT_FOUND -> "There is nothing at this URL";
                    case METHOD_NOT_ALLOWED -> "The method is not supported on this URL";
                    case INTERNAL_SERVER_ERROR -> "The server could not complete the request; nothing was changed";
                    default -> "The request could not be processed (" + status.value() + ")";
                };
        String code2 =
                status == HttpStatus.NOT_FOUND ? "not-found" : status.is5xxServerError() ? "exception" : "invalid";
        responder.outcome(
                new FhirRequest(request, fhirContext), response, status, List.of(Issue.error(code2, diagnostics)));
    }
}
