-- FHIR Bulk Data ($export) jobs. A job fixes its transaction time and counts what each output
-- file will hold; the files themselves are streamed from the record when downloaded, as the record
-- stood at that time, so nothing is copied and memory stays bounded whatever the size.

create table export_job (
    id               uuid        primary key,
    requester        text,
    request_url      text        not null,
    level            text        not null check (level in ('system', 'patient', 'group')),
    group_id         text,
    types            text[],
    since            timestamptz,
    type_filters     text[],
    patient_pks      bigint[],
    transaction_time timestamptz not null,
    status           text        not null check (status in ('accepted', 'in-progress', 'complete', 'failed', 'cancelled')),
    claimed_at       timestamptz,
    created_at       timestamptz not null,
    completed_at     timestamptz,
    expires_at       timestamptz not null,
    error            text
);

create index export_job_waiting on export_job (created_at) where status in ('accepted', 'in-progress');

create table export_file (
    job_id   uuid    not null references export_job (id) on delete cascade,
    res_type text    not null,
    count    integer not null,
    primary key (job_id, res_type)
);
