-- The audit writer finds and takes pending rows through the queue's primary key only (hazard H81).
-- Left to the planner, with statistics taken when the queue was nearly empty or out of date, the
-- search above the moved mark could become a scan of the whole table and a sort, and taking a
-- batch by id a scan of it for every id: both read every moved row still awaiting vacuum, so the
-- drain slows as they pile up (seen in CI: 256 blocks for one new row; a move of 1,000 rows past
-- the 15 s statement timeout). These functions plan their one statement with sequential and
-- bitmap scans off, so the index is walked in order from the mark or probed by id, whatever the
-- statistics say. Their parameters are unknown when the statement is planned, so planning reads
-- nothing from the queue either.

create function audit_pending_after(after_id bigint, max_rows integer) returns setof bigint
    language sql stable
    set enable_seqscan = off
    set enable_bitmapscan = off
begin atomic
    select id from audit_pending where id > after_id order by id limit max_rows;
end;

create function audit_pending_take(ids bigint[]) returns setof audit_pending
    language sql
    set enable_seqscan = off
    set enable_bitmapscan = off
begin atomic
    delete from audit_pending where id = any(ids) returning *;
end;
