-- Paged search results. The first page of a search that has more pages fixes the ordered list of
-- matching keys here, so later pages neither repeat nor skip resources while others write. Rows
-- expire (default 30 minutes) and are deleted by a scheduled sweep.

create table search_snapshot (
    id          uuid        primary key,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    requester   text,
    res_type    text        not null,
    query       text        not null,
    total       integer,
    res_pks     bigint[]    not null
);

create index search_snapshot_expiry on search_snapshot (expires_at);
