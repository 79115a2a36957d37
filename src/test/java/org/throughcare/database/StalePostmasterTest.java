package org.throughcare.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stale postmaster.pid left by a killed run: removed when its pid is dead or a zombie (a
 * container whose first process does not reap), kept when that pid is some other live process.
 */
class StalePostmasterTest {

    @TempDir
    Path data;

    @Test
    void aPidFileNamingAZombieIsRemovedSoPostgresCanStart() throws Exception {
        // bash starts a child that exits a moment later, after bash has become sleep, which never
        // reaps it (a child that exits before the exec may be reaped by bash itself).
        Process parent = new ProcessBuilder("bash", "-c", "sleep 0.3 & echo $!; exec sleep 30").start();
        try {
            long zombie = Long.parseLong(
                    new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine()
                            .trim());
            awaitZombie(zombie);
            writePidFile(zombie);

            EmbeddedPostgresServer.StalePostmaster.stopIfOrphaned(data);

            assertThat(data.resolve("postmaster.pid")).doesNotExist();
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void aPidFileNamingAProcessThatIsGoneIsRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(gone.pid());

        EmbeddedPostgresServer.StalePostmaster.stopIfOrphaned(data);

        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileNamingAnUnrelatedLiveProcessIsLeftAloneAndTheProcessUntouched() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        try {
            writePidFile(unrelated.pid());

            EmbeddedPostgresServer.StalePostmaster.stopIfOrphaned(data);

            assertThat(data.resolve("postmaster.pid")).exists();
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private void writePidFile(long pid) throws Exception {
        Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n1700000000\n5432\n");
    }

    private static void awaitZombie(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        for (int i = 0; i < 250; i++) {
            String line = Files.readString(stat);
            if (line.substring(line.lastIndexOf(')') + 2).startsWith("Z")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never became a zombie");
    }
}
