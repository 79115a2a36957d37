package org.throughcare.fhir;

import org.springframework.http.HttpStatus;
import org.throughcare.record.RecordException;

/** The HTTP status of each kind of refusal from the record. */
final class RecordErrors {

    private RecordErrors() {}

    static HttpStatus status(RecordException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case GONE -> HttpStatus.GONE;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_SUPPORTED -> HttpStatus.NOT_IMPLEMENTED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
