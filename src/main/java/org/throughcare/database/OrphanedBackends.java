package org.throughcare.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When only the postmaster died (killed on its own, or the machine's OOM killer chose it), its
 * backends live on until they notice, still attached to the old shared memory segment, and
 * PostgreSQL refuses to start over a segment in use. They notice within moments, so we wait for
 * the segment named in the stale postmaster.pid to lose its last user (Linux: /proc/sysvipc/shm).
 */
final class OrphanedBackends {

    private static final Logger log = LoggerFactory.getLogger(OrphanedBackends.class);
    private static final Path SHARED_MEMORY = Path.of("/proc/sysvipc/shm");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** postmaster.pid line 7: the shared memory key and id. */
    private static final int SHARED_MEMORY_LINE = 6;

    private OrphanedBackends() {}

    static void awaitDetached(List<String> postmasterPid) throws IOException {
        Optional<String> segment = segmentId(postmasterPid);
        if (segment.isEmpty() || !Files.isReadable(SHARED_MEMORY)) {
            return;
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean warned = false;
        while (attachments(segment.get()) > 0 && System.nanoTime() < deadline) {
            if (!warned) {
                log.warn("Waiting for orphaned PostgreSQL processes of an earlier run to exit");
                warned = true;
            }
            pause();
        }
    }

    private static Optional<String> segmentId(List<String> postmasterPid) {
        if (postmasterPid.size() <= SHARED_MEMORY_LINE) {
            return Optional.empty();
        }
        String[] keyAndId = postmasterPid.get(SHARED_MEMORY_LINE).trim().split("\\s+");
        return keyAndId.length == 2 ? Optional.of(keyAndId[1]) : Optional.empty();
    }

    /** The segment's attach count (column nattch), or 0 once it is gone. */
    static long attachments(String shmid) throws IOException {
        for (String line : Files.readAllLines(SHARED_MEMORY)) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 6 && columns[1].equals(shmid)) {
                return Long.parseLong(columns[6]);
            }
        }
        return 0;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for orphaned PostgreSQL processes", e);
        }
    }
}
