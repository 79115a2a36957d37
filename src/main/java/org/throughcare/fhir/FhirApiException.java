package org.throughcare.fhir;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.throughcare.record.Issue;

/** A request refused by the API layer itself (bad media type, bad header, too large), with its HTTP status. */
class FhirApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<Issue> issues;

    FhirApiException(HttpStatus status, String code, String diagnostics) {
        super(diagnostics, null, false, false);
        this.status = status;
        this.issues = List.of(Issue.error(code, diagnostics));
    }

    static FhirApiException badRequest(String diagnostics) {
        return new FhirApiException(HttpStatus.BAD_REQUEST, "invalid", diagnostics);
    }

    HttpStatus status() {
        return status;
    }

    List<Issue> issues() {
        return issues;
    }
}
