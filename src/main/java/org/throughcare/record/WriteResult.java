package org.throughcare.record;

/**
 * What a write did.
 *
 * @param resource the version now current (for a delete, the tombstone)
 * @param outcome whether a version was created, a new version written, or nothing changed
 */
public record WriteResult(StoredResource resource, Outcome outcome) {

    /** The effect of a write on the record. */
    public enum Outcome {
        /** A new resource was made (HTTP 201). */
        CREATED,
        /** A new version of an existing resource was written. */
        UPDATED,
        /** A tombstone version was written. */
        DELETED,
        /** Nothing was written: a conditional create matched, or the content was unchanged. */
        UNCHANGED
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
