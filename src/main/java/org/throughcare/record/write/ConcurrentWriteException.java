package org.throughcare.record.write;

/**
 * Another transaction created the same resource id at the same moment. The whole unit of work is
 * rolled back and retried; it then sees the other transaction's row and updates it instead.
 */
public class ConcurrentWriteException extends RuntimeException {

    public ConcurrentWriteException() {
        super("concurrent create of the same resource id", null, false, false);
    }
}
