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
     */
    static final class StalePostmaster {

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
                if (!lines.isEmpty()) {
                    stop(Long.parseLong(lines.getFirst().trim()));
                }
                OrphanedBackends.awaitDetached(lines);
            }
        }

        private static void stop(long pid) throws IOException {
            var postmaster = ProcessHandle.of(pid)
                    .filter(p -> p.info().command().orElse("").contains("postgres"));
            if (postmaster.isEmpty()) {
                return;
            }
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
            // SIGINT asks the postmaster for a fast shutdown; Java's destroy() would send SIGTERM,
            // which waits for clients that no longer exist.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
            try {
                postmaster.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("the orphaned PostgreSQL (pid " + pid + ") did not stop", e);
            }
        }
    }
}
