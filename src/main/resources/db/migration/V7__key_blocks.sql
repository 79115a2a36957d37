-- Each application node takes internal keys from the sequence in blocks of 50 and hands them out
-- itself, so a create does not need a round trip to the database just to learn its key.
alter table resource alter column res_pk set increment by 50;
