package org.throughcare.record.write;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Logical ids. Server-assigned ids are time-ordered UUIDs (version 7, RFC 9562), so new rows land
 * at the end of the id index instead of all over it; client-assigned ids follow the FHIR id rule.
 */
public final class ResourceIds {

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResourceIds() {}

    public static boolean isValid(String id) {
        return id != null && FHIR_ID.matcher(id).matches();
    }

    public static String newId(Instant now) {
        long millis = now.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
