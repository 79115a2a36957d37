-- Death in custody (issue 5): a dead patient's record is frozen: no further writes except an
-- authorised, audited correction with a reason. Owned by the security module (the one policy);
-- frozen_record is a read model of Patient.deceased, rebuildable from the record.
create table frozen_record (
    patient_pk bigint      primary key,
    patient_id text        not null,
    frozen_at  timestamptz not null
);

create table correction_grant (
    id         uuid        primary key,
    username   text        not null,
    role       text        not null,
    patient_pk bigint      not null,
    patient_id text        not null,
    reason     text        not null,
    granted_at timestamptz not null,
    expires_at timestamptz not null
);
create index correction_grant_active on correction_grant (username, patient_pk, expires_at);
