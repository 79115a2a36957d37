package org.throughcare.record.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.throughcare.record.store.CoInserts;

/**
 * Writes index rows. All the rows of any number of resources go to the database in one statement
 * (one array per column, unnested into each table), so a 100-entry transaction costs one round
 * trip for its indexes. Must run inside the caller's database transaction.
 */
@Repository
public class IndexTables {

    private final JdbcTemplate jdbc;

    public IndexTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes every index row of these resources, in one statement. */
    public void remove(Collection<Long> resPks) {
        remove(resPks, null);
    }

    /**
     * Removes the index rows of these resources for these parameters (and the values derived from
     * them, kept under the negated keys), or for every parameter when {@code spIds} is null.
     */
    public void remove(Collection<Long> resPks, List<Integer> spIds) {
        if (resPks.isEmpty()) {
            return;
        }
        String only = spIds == null ? "" : " and abs(sp_id) = any(?)";
        List<String> deletes = new ArrayList<>();
        for (IndexTable table : IndexTable.values()) {
            deletes.add(table.name() + " as (delete from " + table.tableName() + " where res_pk = any(?)" + only + ")");
        }
        String sql = "with " + String.join(", ", deletes) + " select 1";
        jdbc.execute(sql, (PreparedStatement statement) -> {
            Long[] keys = resPks.toArray(Long[]::new);
            int index = 1;
            for (int i = 0; i < IndexTable.values().length; i++) {
                statement.setArray(index++, statement.getConnection().createArrayOf("bigint", keys));
                if (spIds != null) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("integer", spIds.toArray()));
                }
            }
            statement.execute();
            return null;
        });
    }

    /** Inserts the index rows of these resources, in one statement. */
    public void insert(Collection<ResourceIndex> resources) {
        CoInserts inserts = inserts(resources);
        if (inserts.expressions().isEmpty()) {
            return;
        }
        jdbc.execute("with " + inserts.expressions() + " select 1", (PreparedStatement statement) -> {
            inserts.bind(statement, 1);
            statement.execute();
            return null;
        });
    }

    /**
     * The index rows of these resources as inserts that travel in another statement (the one that
     * inserts new resources), so a create costs one round trip for its resource and its index.
     */
    public CoInserts inserts(Collection<ResourceIndex> resources) {
        IndexColumns columns = IndexColumns.of(resources);
        List<IndexTable> tables = columns.nonEmptyTables();
        List<String> inserts = new ArrayList<>();
        for (IndexTable table : tables) {
            inserts.add(table.name() + " as (" + table.insertSql() + ")");
        }
        String expressions = String.join(", ", inserts);
        return new CoInserts() {
            @Override
            public String expressions() {
                return expressions;
            }

            @Override
            public int bind(PreparedStatement statement, int first) throws SQLException {
                Connection connection = statement.getConnection();
                int index = first;
                for (IndexTable table : tables) {
                    for (IndexColumns.Column column : columns.columnsOf(table)) {
                        statement.setArray(index++, connection.createArrayOf(column.sqlType(), column.values()));
                    }
                }
                return index;
            }
        };
    }
}
