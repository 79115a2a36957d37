package org.throughcare.audit.chain;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database role could rewrite the audit log (it owns the
 * table, is a superuser, or was granted UPDATE or DELETE): the log would then be tamper-evident on
 * paper only. Set {@code throughcare.audit.allow-writable-log=true} to run anyway, knowingly.
 */
@Component
class AppendOnlyCheck implements InitializingBean {

    private final JdbcClient jdbc;
    private final boolean allowWritable;

    AppendOnlyCheck(JdbcClient jdbc, @Value("${throughcare.audit.allow-writable-log:false}") boolean allowWritable) {
        this.jdbc = jdbc;
        this.allowWritable = allowWritable;
    }

    @Override
    public void afterPropertiesSet() {
        boolean writable = jdbc.sql("select has_table_privilege(current_user, 'audit_event', 'UPDATE')"
                        + " or has_table_privilege(current_user, 'audit_event', 'DELETE')")
                .query(Boolean.class)
                .single();
        if (writable && !allowWritable) {
            throw new IllegalStateException("The database role the application connects as can UPDATE or DELETE"
                    + " audit_event; connect as a restricted role (docs/security.md, Database roles)");
        }
    }
}
