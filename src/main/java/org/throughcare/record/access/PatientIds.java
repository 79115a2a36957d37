package org.throughcare.record.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordEntry;
import org.throughcare.record.StoredResource;
import org.throughcare.record.store.ResourceRow;

/**
 * The logical id of the Patient behind a patient key, which the access guard and the audit name.
 * A key's id never changes, so answers are cached.
 */
@Component
public class PatientIds {

    private final JdbcClient jdbc;
    private final Cache<Long, String> ids =
            Caffeine.newBuilder().maximumSize(100_000).build();

    PatientIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Patient id for a key, or null for a null key. */
    public String idOf(Long patientKey) {
        if (patientKey == null) {
            return null;
        }
        return ids.get(patientKey, key -> jdbc.sql("select res_id from resource where res_pk = ?")
                .param(key)
                .query(String.class)
                .optional()
                .orElse(null));
    }

    /** A row as the guard sees it. */
    public RecordEntry entry(ResourceRow row) {
        return entry(row.toStored(), row.patientPk());
    }

    public RecordEntry entry(StoredResource stored, Long patientKey) {
        String patientId = "Patient".equals(stored.type()) ? stored.id() : idOf(patientKey);
        return new RecordEntry(stored, patientKey, patientId);
    }
}
