package org.throughcare.record;

import java.time.Instant;
import java.util.List;

/**
 * Where an export job is.
 *
 * @param progress a short description while it runs
 * @param transactionTime the moment the exported data reflects
 * @param files one per resource type, once complete
 * @param error why it failed, when it failed
 */
public record ExportStatus(
        String id,
        State state,
        String progress,
        Instant transactionTime,
        String requestUrl,
        List<File> files,
        String error) {

    /** The job's state. */
    public enum State {
        RUNNING,
        COMPLETE,
        FAILED
    }

    /** One output file: the resources of one type. */
    public record File(String type, int count) {}
}
