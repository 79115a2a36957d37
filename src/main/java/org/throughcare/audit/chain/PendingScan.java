package org.throughcare.audit.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finds the pending rows of committed writes that are to be moved into the chain, holding no lock:
 * on a queue full of rows moved but not yet vacuumed the search can be slow, and nobody waits for
 * it (hazard H81). It searches after the highest row moved so far, so its cost does not grow with
 * those dead rows. A write that commits after later writes were moved sits below that mark, so
 * every {@link #SWEEP_EVERY} (and first of all, after a start or a crash) it searches from the start
 * of the queue, batch by batch, until a batch comes back short. Not thread-safe: only the audit
 * writer's background thread uses it.
 */
class PendingScan {

    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final AuditTable table;
    private final Clock clock;
    private long movedUpTo;
    /** Where the sweep from the start has reached, or -1 between sweeps. */
    private long sweptTo = -1;
    /** When the next sweep is due: at once after a start. */
    private Instant nextSweep;

    PendingScan(AuditTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
        this.nextSweep = clock.instant();
    }

    /** The ids of the next pending rows to move, oldest first, at most {@code limit}. */
    List<Long> next(int limit) {
        if (sweptTo < 0 && !clock.instant().isBefore(nextSweep)) {
            sweptTo = 0;
        }
        boolean sweeping = sweptTo >= 0;
        List<Long> ids = table.findPending(sweeping ? sweptTo : movedUpTo, limit);
        if (sweeping) {
            if (ids.size() < limit) {
                sweptTo = -1;
                nextSweep = clock.instant().plus(SWEEP_EVERY);
            } else {
                sweptTo = ids.getLast();
            }
        }
        return ids;
    }

    /** The rows were moved into the chain (or, taken by another node, are gone). */
    void moved(List<Long> ids) {
        if (!ids.isEmpty()) {
            movedUpTo = Math.max(movedUpTo, ids.getLast());
        }
    }
}
