-- Custody (issue 5): every movement recorded for a patient, as received from the prison service or
-- from staff, in the order we heard of it. Custody episodes in the record (EpisodeOfCare and
-- Encounter) are made from these by taking them in the order they happened (ADR 0055), so a late
-- or repeated movement is reconciled by making them again. Nothing here is ever updated or deleted.
create table custody_movement (
    id            uuid        primary key, -- time-ordered: the order we heard of it
    patient_pk    bigint      not null,    -- resource.patient_pk of the patient when recorded
    patient_id    text        not null,
    kind          text        not null,    -- a MovementKind code
    establishment text        not null,    -- an establishment code
    occurred_at   timestamptz not null,
    destination   text,
    source        text        not null,    -- 'hmpps' (an event) or 'staff'
    source_key    text        not null,    -- the event's key, or the staff client's idempotency key
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    unique (source, source_key)
);
create index custody_movement_patient on custody_movement (patient_pk, occurred_at);
