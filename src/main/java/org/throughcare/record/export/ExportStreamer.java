package org.throughcare.record.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.record.search.TypeFilters;

/**
 * Writes one export file as NDJSON straight from a database cursor: a few hundred rows in memory
 * at a time, however many resources the file holds. Each stored resource is one line already.
 */
@Component
public class ExportStreamer {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TypeFilters filters;

    ExportStreamer(JdbcTemplate jdbc, TypeFilters filters) {
        this.jdbc = jdbc;
        this.filters = filters;
    }

    /** PostgreSQL streams a result set only inside a transaction; hence read-only transactional. */
    @Transactional(readOnly = true)
    public void write(ExportJob job, String type, Writer out) {
        ExportQuery query = ExportQuery.bodies(job, type, filters);
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(query.sql());
                    statement.setFetchSize(FETCH_SIZE);
                    Object[] parameters = query.parameters();
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    return statement;
                },
                row -> {
                    try {
                        out.write(row.getString(1));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
