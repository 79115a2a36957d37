-- Custody (issue 5): which rows of the establishment catalogue (custody/establishments.csv and
-- providers.csv) have been loaded into the record, and in what form, so start-up loads only what is
-- new or changed and never undoes an administrator's retirement. Owned by the custody module.
create table establishment_seed (
    entry       text        primary key, -- 'establishment:LEI' or 'provider:OXLEAS'
    fingerprint text        not null,    -- SHA-256 of the catalogue row as last loaded
    loaded_at   timestamptz not null
);
