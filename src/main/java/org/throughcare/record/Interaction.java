package org.throughcare.record;

/**
 * What a caller does with the record, as the access guard sees it. Each maps to one SMART on FHIR
 * v2 permission letter: read, vread and instance history are {@code r}; search and type or system
 * history (listings across patients) are {@code s}; create is {@code c}; update and patch are
 * {@code u}; delete is {@code d}.
 */
public enum Interaction {
    READ('r'),
    VREAD('r'),
    HISTORY_INSTANCE('r'),
    HISTORY_TYPE('s'),
    HISTORY_SYSTEM('s'),
    SEARCH('s'),
    CREATE('c'),
    UPDATE('u'),
    DELETE('d'),
    /** Bulk Data $export: a listing of many patients' data, for system clients only. */
    EXPORT('s');

    private final char permission;

    Interaction(char permission) {
        this.permission = permission;
    }

    /** The SMART v2 permission letter (c, r, u, d or s). */
    public char permission() {
        return permission;
    }

    /** True for interactions that return resources of many patients, filtered in SQL. */
    public boolean lists() {
        return permission == 's';
    }

    /** True for interactions that change the record. */
    public boolean writes() {
        return permission == 'c' || permission == 'u' || permission == 'd';
    }
}
