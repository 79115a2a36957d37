package org.throughcare.record.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts that travel in the statement that inserts new resources, as its common table
 * expressions, so that a write's rows reach the database in one round trip (the index rows of a
 * create, for example). The caller's transaction holds them together as it holds the statement.
 */
public interface CoInserts {

    /** The expressions, {@code name as (insert ...)}, separated by commas; empty when there are none. */
    String expressions();

    /** Binds their parameters from {@code first} on; returns the next free parameter index. */
    int bind(PreparedStatement statement, int first) throws SQLException;
}
