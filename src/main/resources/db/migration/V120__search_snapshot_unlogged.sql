-- Search snapshots are working state, not record: a paged search's keys for 30 minutes. Unlogged,
-- their insert on the first page of a search writes no WAL and its commit does not wait for the
-- disk. After a crash of the database server they are emptied, and a client following an old next
-- link gets the same clear "expired" answer as after 30 minutes (ADR 0080).
alter table search_snapshot set unlogged;
