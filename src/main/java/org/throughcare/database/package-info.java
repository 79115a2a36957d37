/**
 * Where the data lives: an embedded PostgreSQL in a local data folder by default, or an external
 * PostgreSQL 15+ when {@code THROUGHCARE_DB_URL} is set. No other module knows which.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.throughcare.database;
