package org.throughcare.record.store;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out internal resource keys from blocks of {@value #BLOCK} taken from the database sequence
 * (which counts in steps of {@value #BLOCK}), so most creates need no round trip for their key. Each
 * node takes its own blocks; keys stay unique, and roughly in creation order.
 */
@Component
class KeyBlocks {

    static final int BLOCK = 50;

    private final JdbcClient jdbc;
    private long next;
    private long end;

    KeyBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    synchronized List<Long> take(int count) {
        List<Long> keys = new ArrayList<>(count);
        while (keys.size() < count) {
            if (next == end) {
                next = jdbc.sql("select nextval(pg_get_serial_sequence('resource', 'res_pk'))")
                        .query(Long.class)
                        .single();
                end = next + BLOCK;
            }
            keys.add(next++);
        }
        return keys;
    }
}
