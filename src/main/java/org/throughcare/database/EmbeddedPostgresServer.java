package org.throughcare.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run from the zonky binaries in a data folder that survives restarts, so a newcomer
 * needs only a JDK. Closing it stops the server with a fast shutdown (clean checkpoint).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "throughcare";
    static final String OWNER = "postgres";
    static final String APPLICATION_ROLE = "throughcare_app";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfOrphaned(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(properties.startupWait())
                    .setOverrideWorkingDirectory(
                            binariesDirectory(dataDirectory).toFile());
            builder.setServerConfig("listen_addresses", "localhost");
            properties.serverConfig().forEach(builder::setServerConfig);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createDatabaseIfMissing();
            server.createApplicationRoleIfMissing();
            log.info("Embedded PostgreSQL ready on port {} with data in {}", server.port(), dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Binaries are unpacked per user beside the data, so root and ordinary users never share a folder. */
    private static Path binariesDirectory(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.resolveSibling("postgres-binaries");
        Files.createDirectories(directory);
        return directory;
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + DATABASE + " database", e);
        }
    }

    /**
     * The role the application connects as. It owns nothing, so it has only the privileges the
     * migrations grant it; local connections are trusted, as for the owner, since the embedded
     * server listens on the loopback interface only.
     */
    private void createApplicationRoleIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, APPLICATION_ROLE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create role " + APPLICATION_ROLE + " login");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + APPLICATION_ROLE + " role", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }

    /**
     * A postmaster left running when an earlier JVM was killed (kill -9, power cut) still holds the
     * data folder. If no live JVM holds zonky's lock file, it is ours to stop; PostgreSQL's own crash
     * recovery then keeps every committed transaction and discards the half-done ones.
     *
     * <p>A postmaster that was killed is not always gone: in a container whose first process does
     * not reap orphans it lingers as a zombie, and PostgreSQL, finding that pid alive, would refuse
     * the data folder for ever. So once no PostgreSQL process of ours runs and no orphaned backend
     * is attached to the old shared memory, the stale postmaster.pid is removed.
     */
    static final class StalePostmaster {

        private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(60);

        private StalePostmaster() {}

        static void stopIfOrphaned(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            try (FileOutputStream lockStream = new FileOutputStream(
                            dataDirectory.resolve("epg-lock").toFile());
                    FileLock lock = lockStream.getChannel().tryLock()) {
                if (lock == null) {
                    throw new IllegalStateException(
                            "another Throughcare process is using the data folder " + dataDirectory);
                }
                List<String> lines = Files.readAllLines(pidFile);
                long pid =
                        lines.isEmpty() ? -1 : Long.parseLong(lines.getFirst().trim());
                stop(pid, dataDirectory);
                OrphanedBackends.awaitDetached(lines);
                if (ProcessHandle.of(pid).filter(StalePostmaster::running).isEmpty() && Files.deleteIfExists(pidFile)) {
                    log.warn("Removed the stale postmaster.pid of an earlier run (pid {})", pid);
                }
            }
        }

        /** Stops the postmaster with this pid if it is a live one serving this data folder. */
        private static void stop(long pid, Path dataDirectory) throws IOException {
            var postmaster =
                    ProcessHandle.of(pid).filter(StalePostmaster::running).filter(p -> serves(p, dataDirectory));
            if (postmaster.isEmpty()) {
                return;
            }
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
            // SIGINT asks the postmaster for a fast shutdown; Java's destroy() would send SIGTERM,
            // which waits for clients that no longer exist.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (running(postmaster.get())) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the orphaned PostgreSQL (pid " + pid + ") did not stop");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while stopping PostgreSQL (pid " + pid + ")", e);
                }
            }
        }

        /** A postmaster works in its data folder; where /proc cannot say, its command must be postgres. */
        private static boolean serves(ProcessHandle process, Path dataDirectory) {
            try {
                return Files.isSameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), dataDirectory);
            } catch (IOException | RuntimeException e) {
                return process.info().command().orElse("").contains("postgres");
            }
        }

        /** Alive and not a zombie (Linux reports the state after the command name in /proc/pid/stat). */
        static boolean running(ProcessHandle process) {
            if (!process.isAlive()) {
                return false;
            }
            Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
            try {
                String line = Files.readString(stat);
                return !line.substring(line.lastIndexOf(')') + 2).startsWith("Z");
            } catch (IOException | RuntimeException e) {
                return process.isAlive();
            }
        }
    }
}
