package org.throughcare.bench.load;

import org.throughcare.bench.http.Reply;

/**
 * What one operation did: its kind (for per-type percentiles), the HTTP status, how many units of
 * work it completed (resources stored, for transactions) and how long it took.
 */
public record Outcome(String kind, int status, long units, long nanos, String failure) {

    public static Outcome of(String kind, Reply reply, long units) {
        return new Outcome(
                kind, reply.status(), reply.ok() ? units : 0, reply.nanos(), reply.ok() ? null : reply.summary());
    }

    public static Outcome of(String kind, Reply reply) {
        return of(kind, reply, 1);
    }

    /** An operation that found its answer wrong although the status was a success. */
    public static Outcome wrong(String kind, Reply reply, String why) {
        return new Outcome(kind, -1, 0, reply.nanos(), why);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
