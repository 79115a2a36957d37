-- Search parameters can be added (a SearchParameter resource) or changed (a new definition of a
-- base parameter). Either is applied by an online reindex: new writes are indexed at once, and a
-- background job re-extracts existing resources in small batches, recording where it is up to so
-- it resumes after a restart. Until the job finishes, the parameter's status is 'building'.

alter table search_param
    add column status text not null default 'ready' check (status in ('ready', 'building', 'retired')),
    add column custom boolean not null default false,
    add column changed_at timestamptz not null default now();

create table reindex_job (
    id          bigint generated always as identity primary key,
    res_type    text        not null,
    sp_ids      integer[],            -- the parameters to rebuild; null rebuilds every one
    next_res_pk bigint      not null default 0,
    processed   bigint      not null default 0,
    total       bigint      not null,
    status      text        not null default 'waiting' check (status in ('waiting', 'running', 'done')),
    claimed_at  timestamptz,
    created_at  timestamptz not null,
    finished_at timestamptz
);

create index reindex_job_waiting on reindex_job (id) where status <> 'done';
