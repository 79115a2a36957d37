package org.throughcare.record.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.throughcare.record.RecordException;

/**
 * Where a history listing is up to. {@code until} fixes the listing at the moment the first page
 * was asked for, so versions written while a client pages through do not shift the pages; the
 * position is the sort key (lastUpdated, key, version) of the last entry served.
 */
record HistoryCursor(Instant until, Instant lastUpdated, long resPk, int version) {

    String encode() {
        String plain = until + "|" + lastUpdated + "|" + resPk + "|" + version;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static HistoryCursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            return new HistoryCursor(
                    Instant.parse(parts[0]),
                    Instant.parse(parts[1]),
                    Long.parseLong(parts[2]),
                    Integer.parseInt(parts[3]));
        } catch (RuntimeException e) {
            throw RecordException.invalid("The history page token is not valid");
        }
    }
}
