-- The audit log: every access to and change of patient data, sign-in, refusal and break-glass, as
-- FHIR AuditEvents (IHE Basic Audit Log Patterns). Owned by the audit module.
--
-- audit_event    the log itself: append-only, each row hash-chained to the one before (seq is
--                contiguous, so a deleted row shows as a gap and an edited row as a broken hash).
--                The application role may only SELECT and INSERT here (V59).
-- audit_pending  audit rows of writes, inserted in the same transaction as the change so neither
--                can exist without the other; the audit writer moves them into audit_event,
--                chained, moments later (and at start-up, after a crash).

create table audit_event (
    seq        bigint      primary key,
    recorded   timestamptz not null,
    patient_id text,                 -- logical id of the Patient the event is about, or null
    agent_id   text        not null, -- the user name or client id that acted
    action     text        not null, -- C, R, U, D or E (AuditEvent.action)
    outcome    text        not null, -- 0 success, 4 minor failure (refused), 8 serious failure
    subtype    text        not null, -- read, vread, history, search, create, update, delete, login, break-glass ...
    event      text        not null, -- the FHIR AuditEvent as JSON, exactly the bytes hashed
    prev_hash  bytea       not null,
    hash       bytea       not null
);

create index audit_event_patient on audit_event (patient_id, recorded) where patient_id is not null;
create index audit_event_agent on audit_event (agent_id, recorded);
create index audit_event_subtype on audit_event (subtype, recorded);

create table audit_pending (
    id         bigint generated always as identity primary key,
    recorded   timestamptz not null,
    patient_id text,
    agent_id   text        not null,
    action     text        not null,
    outcome    text        not null,
    subtype    text        not null,
    event      text        not null
);
