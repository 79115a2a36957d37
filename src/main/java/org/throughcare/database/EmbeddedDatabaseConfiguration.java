package org.throughcare.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The default database: an embedded PostgreSQL, chosen when {@code spring.datasource.url} (the
 * environment variable {@code THROUGHCARE_DB_URL}) is empty. With a URL set, Spring Boot's own
 * data source points at that external PostgreSQL and nothing here is created.
 *
 * <p>Two roles, as for an external database (docs/security.md): the owner ({@code postgres} here)
 * runs the migrations; the application connects as {@code throughcare_app}, which the migrations
 * grant what it needs and deny UPDATE and DELETE on the audit log.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresEarlyStart.take(properties);
    }

    /**
     * The application's pool connects as the restricted application role, which may not update or
     * delete audit rows. Pool settings still come from {@code spring.datasource.hikari.*}, as for an
     * external database.
     */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setDriverClassName("org.postgresql.Driver");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.APPLICATION_ROLE);
        dataSource.setPoolName("throughcare-embedded");
        return dataSource;
    }

    /** Flyway alone connects as the owner of the schema, which creates tables and grants on them. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgresServer server) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl(), EmbeddedPostgresServer.OWNER, "");
    }
}
