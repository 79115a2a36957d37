package org.throughcare.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no external database URL is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param serverConfig postgresql.conf settings passed at start (for example shared_buffers)
 */
@ConfigurationProperties("throughcare.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, Map<String, String> serverConfig) {

    EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
