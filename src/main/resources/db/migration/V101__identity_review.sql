-- Patient identity (issue 5): pairs of records that may belong to one person, waiting for a person
-- to decide (never a silent merge, never a silent new record). Owned by the patient module. Only
-- ids, the score and matching's reasons are kept: the demographics stay in the record.
create table identity_review (
    id           uuid        primary key,
    patient_pk   bigint      not null, -- the record received (resource.patient_pk)
    patient_id   text        not null,
    candidate_pk bigint      not null, -- the record it may duplicate
    candidate_id text        not null,
    score        numeric(4, 1),         -- null when raised because identifiers disagree
    reasons      text[]      not null,
    raised_at    timestamptz not null,
    raised_by    text        not null,
    decided_at   timestamptz,
    decided_by   text,
    decision     text,                  -- same-person | different-people
    note         text,
    unique (patient_pk, candidate_pk)
);
create index identity_review_open on identity_review (raised_at) where decided_at is null;
