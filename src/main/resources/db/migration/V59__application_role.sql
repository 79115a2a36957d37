-- The application connects as a role that owns nothing (${app_role}); Flyway runs as the owner.
-- It gets what it needs on every table, now and later, except that the audit log is append-only
-- for it: no UPDATE, DELETE or TRUNCATE, so the running application cannot rewrite history.
-- (docs/security.md, "Database roles"; ADR 0016.)

grant usage on schema public to ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};

revoke update, delete, truncate on audit_event from ${app_role};
