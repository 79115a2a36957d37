-- Most clinical searches are about one patient ("this patient's vital signs since 2015"). The
-- store knows each row's patient (patient_pk), so such searches are answered from that patient's
-- rows alone: these indexes lead with the patient, and their cost follows the size of one
-- record, not of the whole database.

drop index resource_patient;
create index resource_patient_type on resource (patient_pk, res_type) where patient_pk is not null;
create index sp_token_patient on sp_token (patient_pk, sp_id, code) where patient_pk is not null;
create index sp_date_patient on sp_date (patient_pk, sp_id, low) where patient_pk is not null;
create index sp_quantity_patient on sp_quantity (patient_pk, sp_id, value) where patient_pk is not null;
