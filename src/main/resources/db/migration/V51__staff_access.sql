-- Staff access: local accounts, the care relationships that decide which patients a member of
-- staff may see, break-glass grants and their review, and sign-in throttling. Owned by the
-- security module.

create table staff_account (
    username          text primary key,
    display_name      text        not null,
    role              text        not null, -- a StaffRole name
    establishments    text[]      not null default '{}', -- ODS codes of the establishments they work at
    practitioner_id   text,                 -- their Practitioner resource, for appointments booked to them
    password_hash     text        not null, -- Argon2id, with its parameters
    enabled           boolean     not null default true,
    failed_attempts   integer     not null default 0,
    locked_until      timestamptz,
    password_changed  timestamptz not null
);

-- Who may see which patient, derived from the record (ADR 0014): the patient's managing
-- organisation today, custody episodes later; appointments booked with a clinician.
create table care_relationship (
    patient_pk bigint      not null, -- resource.patient_pk of the patient
    patient_id text        not null,
    party      text        not null, -- 'ods:LEI' (an establishment) or 'practitioner:<id>'
    source     text        not null, -- the resource that made it: Patient/<id>, Appointment/<id>
    starts_at  timestamptz not null,
    ends_at    timestamptz,          -- null while current; read-only for 30 days after
    primary key (patient_pk, party, source)
);
create index care_relationship_party on care_relationship (party, patient_pk);
create index care_relationship_source on care_relationship (source);

create table break_glass_grant (
    id          uuid        primary key,
    username    text        not null,
    role        text        not null,
    patient_pk  bigint      not null,
    patient_id  text        not null,
    reason      text        not null,
    granted_at  timestamptz not null,
    expires_at  timestamptz not null,
    reviewed_at timestamptz,
    reviewer    text,
    outcome     text,                 -- appropriate, inappropriate, follow-up
    review_note text
);
create index break_glass_active on break_glass_grant (username, patient_pk, expires_at);
create index break_glass_unreviewed on break_glass_grant (granted_at) where reviewed_at is null;

-- Failed sign-ins per client address in the current window, shared by every node.
create table sign_in_throttle (
    address      text        primary key,
    window_start timestamptz not null,
    failures     integer     not null
);

-- The authorization server's signing keys (RSA, JWK JSON); the newest signs, all verify.
create table signing_key (
    kid        text        primary key,
    created_at timestamptz not null,
    jwk        text        not null
);

-- Spring Authorization Server's own tables (its published schema, PostgreSQL types).
create table oauth2_registered_client (
    id                            varchar(100)  primary key,
    client_id                     varchar(100)  not null,
    client_id_issued_at           timestamptz   not null default current_timestamp,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);

create table oauth2_authorization (
    id                            varchar(100) primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);
create index oauth2_authorization_expiry on oauth2_authorization (access_token_expires_at);
