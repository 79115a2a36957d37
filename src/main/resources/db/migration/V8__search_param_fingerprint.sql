-- What the search_param table was last synchronised from (the HAPI model version and Throughcare's
-- own definitions). When a start finds the same, it skips re-reading every definition.
create table search_param_source (
    id          integer primary key default 1 check (id = 1),
    fingerprint text    not null
);
