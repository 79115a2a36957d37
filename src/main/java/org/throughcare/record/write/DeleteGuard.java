package org.throughcare.record.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.LocalReference;

/**
 * Refuses to delete a resource that a current resource still refers to (409): deleting a Patient
 * with observations would leave clinical facts about nobody. Checked at the end of the unit of
 * work, so a transaction may delete a resource together with everything that refers to it.
 */
@Component
class DeleteGuard {

    private final JdbcClient jdbc;

    DeleteGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void check(Set<LocalReference> deleted) {
        List<Issue> issues = new ArrayList<>();
        for (LocalReference reference : deleted) {
            jdbc.sql("select r.res_type || '/' || r.res_id from sp_reference x join resource r using (res_pk)"
                            + " where x.target_id = ? and x.target_type = ? limit 1")
                    .params(reference.id(), reference.type())
                    .query(String.class)
                    .optional()
                    .ifPresent(referrer -> issues.add(
                            Issue.error("conflict", "Cannot delete " + reference + ": " + referrer + " refers to it")));
        }
        if (!issues.isEmpty()) {
            throw new RecordException(RecordException.Kind.CONFLICT, issues);
        }
    }
}
