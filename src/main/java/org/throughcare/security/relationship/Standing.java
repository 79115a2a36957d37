package org.throughcare.security.relationship;

/** Where a member of staff stands with one patient. */
public enum Standing {
    /** No relationship: the record is not available to them. */
    NONE,
    /** The relationship ended within the last 30 days: they may read, not write. */
    RECENT,
    /** A current relationship: read and write as their role allows. */
    CURRENT,
    /** No relationship, but an active break-glass grant: read and write, audited as emergency access. */
    EMERGENCY;

    public boolean mayRead() {
        return this != NONE;
    }

    public boolean mayWrite() {
        return this == CURRENT || this == EMERGENCY;
    }
}
