package org.throughcare.record.search;

import java.util.UUID;
import org.throughcare.record.RecordException;

/** Which page of which stored search: {@code snapshot.offset.count}. */
record PageToken(UUID snapshot, int offset, int count) {

    String text() {
        return snapshot + "." + offset + "." + count;
    }

    static PageToken parse(String text) {
        try {
            String[] parts = text.split("\\.");
            int count = Integer.parseInt(parts[2]);
            int offset = Integer.parseInt(parts[1]);
            if (parts.length != 3 || count < 1 || count > SearchParser.MAX_COUNT || offset < 0) {
                throw new IllegalArgumentException();
            }
            return new PageToken(UUID.fromString(parts[0]), offset, count);
        } catch (RuntimeException e) {
            throw RecordException.invalid("The page token is not valid");
        }
    }
}
