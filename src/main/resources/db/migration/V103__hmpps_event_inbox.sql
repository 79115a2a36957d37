-- Custody (issue 5): every prison service (HMPPS) domain event accepted, as received, and what
-- became of it. Delivery is at least once: the key (a hash of what the event says) makes a second
-- delivery a no-op. An event whose prison number is not yet known waits here (the unknown-prisoner
-- queue) until the number is attached to a record; one that failed is retried. Owned by custody.
create table hmpps_event (
    key           text        primary key, -- SHA-256 of type, prison numbers, reason, establishment, occurredAt
    event_type    text        not null,
    prison_number text,
    establishment text,
    reason        text,
    occurred_at   timestamptz,
    received_at   timestamptz not null,
    body          text        not null,    -- the event exactly as received
    state         text        not null,    -- pending | recorded | repeated | unknown-prisoner | unknown-establishment | unrecognised | ignored | failed
    patient_pk    bigint,
    patient_id    text,
    processed_at  timestamptz,
    attempts      integer     not null default 0
);
create index hmpps_event_unknown on hmpps_event (prison_number) where state = 'unknown-prisoner';
create index hmpps_event_retry on hmpps_event (received_at) where state in ('pending', 'failed');
create index hmpps_event_waiting on hmpps_event (establishment, received_at)
    where state in ('unknown-prisoner', 'unknown-establishment', 'unrecognised');
