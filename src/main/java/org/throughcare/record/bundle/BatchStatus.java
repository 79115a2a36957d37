package org.throughcare.record.bundle;

import org.throughcare.record.RecordException;

/** The status line a failed batch entry reports. */
final class BatchStatus {

    private BatchStatus() {}

    static String of(RecordException.Kind kind) {
        return switch (kind) {
            case INVALID -> "400 Bad Request";
            case UNPROCESSABLE -> "422 Unprocessable Entity";
            case NOT_FOUND -> "404 Not Found";
            case GONE -> "410 Gone";
            case PRECONDITION_FAILED -> "412 Precondition Failed";
            case CONFLICT -> "409 Conflict";
            case NOT_SUPPORTED -> "501 Not Implemented";
            case FORBIDDEN -> "403 Forbidden";
        };
    }
}
