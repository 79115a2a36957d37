package org.throughcare.fhir;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many bytes of large request bodies may be in hand at once. Parsed, a body takes several times
 * its size of heap (a 16 MB transaction bundle about 115 MB), so a burst of the largest bodies could
 * exhaust a bounded heap (ADR 0083; hazard H83). A body over {@link #LARGE} takes its size from the
 * budget, a body of unknown length (chunked) the whole limit; small bodies take nothing. When the
 * budget is spent a request waits a little, then is told to come back (503, Retry-After).
 */
final class LargeBodyBudget {

    /** Bodies up to this size are not counted: they are most requests and cost little. */
    static final long LARGE = 1024 * 1024;

    private static final int KIB = 1024;

    private final Semaphore kibibytes;
    private final int largestBody;
    private final Duration wait;

    /**
     * A budget of {@code bytes}, but at least one body of {@code limit} (the largest accepted), for
     * which a request waits up to {@code wait}.
     */
    LargeBodyBudget(long bytes, long limit, Duration wait) {
        this.largestBody = toKib(limit);
        this.kibibytes = new Semaphore(toKib(Math.max(bytes, limit)), true);
        this.wait = wait;
    }

    /** What a body of this Content-Length (-1: unknown, and chunked when said so) takes, in permits. */
    int permitsFor(long contentLength, boolean chunked) {
        if (contentLength > LARGE) {
            return Math.min(toKib(contentLength), largestBody);
        }
        return contentLength < 0 && chunked ? largestBody : 0;
    }

    /**
     * Takes the permits, waiting up to the budget's wait; false when they did not come free in time
     * (or the wait was interrupted, which is kept for the caller to see).
     */
    boolean take(int permits) {
        try {
            return permits == 0 || kibibytes.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void give(int permits) {
        if (permits > 0) {
            kibibytes.release(permits);
        }
    }

    Duration retryAfter() {
        return wait;
    }

    private static int toKib(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, (bytes + KIB - 1) / KIB);
    }
}
