create table if not exists schema_placeholder (id int);
