package org.throughcare.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no external database URL is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param serverConfig postgresql.conf settings passed at start (for example shared_buffers)
 * @param startupWait how long to wait for PostgreSQL to accept connections; after a crash it first
 *     replays its write-ahead log, which on a large or busy database takes far longer than a clean
 *     start (the library's own default, 10 s, failed our power-cut test on a loaded machine)
 */
@ConfigurationProperties("throughcare.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, Map<String, String> serverConfig, Duration startupWait) {

    EmbeddedDatabaseProperties {
        startupWait = startupWait == null ? Duration.ofMinutes(10) : startupWait;
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
