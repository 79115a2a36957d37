package org.throughcare.record.validation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invariants the FHIRPath engine cannot parse or evaluate here (some need a terminology server or a
 * resolved reference) are not held against a resource. That is reported once per invariant, by its
 * key only, so a silently unenforced rule shows in the log.
 */
final class Unevaluable {

    private static final Logger log = LoggerFactory.getLogger(Unevaluable.class);
    private static final Set<String> reported = ConcurrentHashMap.newKeySet();

    private Unevaluable() {}

    /** The keys of the invariants reported so far. */
    static Set<String> reported() {
        return Set.copyOf(reported);
    }

    static void report(String key, Exception e) {
        if (reported.add(key)) {
            log.warn(
                    "Invariant {} is not enforced: the FHIRPath engine cannot use it ({})",
                    key,
                    e.getClass().getSimpleName());
        }
    }
}
