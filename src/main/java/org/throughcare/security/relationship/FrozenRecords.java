package org.throughcare.security.relationship;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.shared.TransactionScoped;

/**
 * The frozen records (table frozen_record: a death in custody, ADR 0059). Inside a transaction each
 * patient is looked up once, and what the transaction itself froze or unfroze is remembered, so a
 * transaction Bundle of a hundred entries about one patient asks the database once, not a hundred
 * times, and a patient created in the transaction is not looked up at all.
 */
@Repository
public class FrozenRecords {

    private final JdbcClient jdbc;

    FrozenRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the patient's record is frozen. */
    public boolean frozen(long patientKey) {
        return frozen(patientKey, false);
    }

    /**
     * Whether the patient's record is frozen.
     *
     * @param createdHere the patient was created in the current transaction, so only this
     *     transaction can have frozen it
     */
    public boolean frozen(long patientKey, boolean createdHere) {
        Map<Long, Boolean> known = knownInTransaction();
        Boolean frozen = known.get(patientKey);
        if (frozen == null) {
            frozen = !createdHere && lookUp(patientKey);
            known.put(patientKey, frozen);
        }
        return frozen;
    }

    /** Freezes the record, in the current transaction. */
    void freeze(long patientKey, String patientId, Instant at) {
        jdbc.sql("insert into frozen_record (patient_pk, patient_id, frozen_at) values (?, ?, ?)"
                        + " on conflict (patient_pk) do nothing")
                .params(patientKey, patientId, Timestamp.from(at))
                .update();
        knownInTransaction().put(patientKey, true);
    }

    /** Unfreezes the record (a correction removed the death), in the current transaction. */
    void unfreeze(long patientKey) {
        jdbc.sql("delete from frozen_record where patient_pk = ?")
                .param(patientKey)
                .update();
        knownInTransaction().put(patientKey, false);
    }

    private boolean lookUp(long patientKey) {
        return jdbc.sql("select exists(select 1 from frozen_record where patient_pk = ?)")
                .param(patientKey)
                .query(Boolean.class)
                .single();
    }

    /** What this transaction knows; outside a transaction, nothing is remembered. */
    private Map<Long, Boolean> knownInTransaction() {
        return TransactionScoped.available() ? TransactionScoped.get(this, HashMap::new) : new HashMap<>();
    }
}
