package org.throughcare.record;

import java.util.List;
import java.util.Optional;

/** One interaction's access decisions, made per resource; see {@link RecordAccessGuard}. */
public interface RecordAccess {

    /**
     * A SQL boolean expression over a column holding the patient key ({@code resource.patient_pk}),
     * true for rows the caller may list; its positional parameters are appended to {@code
     * parameters}. List queries (search, type and system history, include, export) must apply it.
     */
    String patientPredicate(String patientColumn, List<Object> parameters);

    /**
     * The resource as the caller may see it: as stored, reduced, or replaced by a stub marked as
     * withheld; empty when it is outside what the caller may see. A single read answers an empty
     * result with the same not-found a missing resource gets, so existence never leaks.
     */
    Optional<StoredResource> release(RecordEntry entry);

    /**
     * Refuses (throws a {@link RecordException}) a write the caller may not make, judged on the
     * state before it: called after the version is stored but before listeners hear of it.
     */
    void checkWrite(RecordWrite write);

    /**
     * Refuses a write judged on the state after it (such as a resource moved to, or a Patient
     * created for, someone the caller may not write for): called once listeners have updated their
     * read models, still inside the transaction.
     */
    void checkWritten(RecordWrite write);

    /**
     * Makes the audit of this interaction durable: inside a database transaction it is written in
     * that transaction; otherwise this returns once the audit is committed. Called before the result
     * leaves the record.
     */
    void complete();
}
