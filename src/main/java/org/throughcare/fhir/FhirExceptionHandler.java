package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.throughcare.audit.AuditUnavailableException;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;

/**
 * Turns every failure of a FHIR request into an OperationOutcome with the right status. Unexpected
 * failures answer 500 with no detail and are logged by class and stack only: exception messages
 * can carry patient data, so they are never logged or returned.
 */
@RestControllerAdvice(
        assignableTypes = {
            ResourceController.class,
            SystemController.class,
            HistoryController.class,
            AccessOperationsController.class,
            EstablishmentController.class,
            MovementController.class,
            PrisonEventController.class,
            ReceptionController.class,
            SummaryController.class,
            DeathInCustodyController.class,
            PatientIdentityController.class,
            PdsController.class,
            SearchController.class,
            ExportController.class,
            ReindexController.class
        })
class FhirExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FhirExceptionHandler.class);

    private final FhirResponder responder;
    private final FhirContext fhirContext;

    FhirExceptionHandler(FhirResponder responder, FhirContext fhirContext) {
        this.responder = responder;
        this.fhirContext = fhirContext;
    }

    @ExceptionHandler(RecordException.class)
    void refused(RecordException e, HttpServletRequest request, HttpServletResponse response) {
        answer(request, response, RecordErrors.status(e.kind()), e.issues());
    }

    @ExceptionHandler(FhirApiException.class)
    void refused(FhirApiException e, HttpServletRequest request, HttpServletResponse response) {
        answer(request, response, e.status(), e.issues());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        answer(
                request,
                response,
                HttpStatus.METHOD_NOT_ALLOWED,
                List.of(Issue.error("not-supported", "The method " + e.getMethod() + " is not supported on this URL")));
    }

    /** No audit, no data: the access did not happen, and the client may try again. */
    @ExceptionHandler(AuditUnavailableException.class)
    void auditUnavailable(AuditUnavailableException e, HttpServletRequest request, HttpServletResponse response) {
        answer(
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                List.of(Issue.error("transient", "The audit log is unavailable, so the request was not completed")));
    }

    @ExceptionHandler(UncheckedIOException.class)
    void brokenBody(UncheckedIOException e, HttpServletRequest request, HttpServletResponse response) {
        answer(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                List.of(Issue.error("invalid", "The request body could not be read")));
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), Redacted.of(e));
        answer(
                request,
                response,
                HttpStatus.INTERNAL_SERVER_ERROR,
                List.of(Issue.error("exception", "The server could not complete the request; nothing was changed")));
    }

    private void answer(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, List<Issue> issues) {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        responder.outcome(new FhirRequest(request, fhirContext), response, status, issues);
    }
}
