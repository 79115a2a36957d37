package org.throughcare.record;

/**
 * The access decision the record applies on every path that returns or changes patient data. The
 * record calls {@link #open} once per interaction (each entry of a transaction or batch is its own
 * interaction); the security module implements it. There is no default: without a guard the
 * application does not start.
 */
public interface RecordAccessGuard {

    /**
     * Starts an interaction on a resource type ({@code null} for the whole system). Refuses with a
     * {@link RecordException} of kind {@link RecordException.Kind#FORBIDDEN} when the caller may not
     * do this interaction on this type at all.
     */
    RecordAccess open(Interaction interaction, String type);
}
