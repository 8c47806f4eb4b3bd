-- Migration 121 encrypted every clear value into the columns of migration 120: the clear columns go, and the
-- constraints and indexes that were on them move to the blind indexes. intake_case.phone_last_four goes too: nothing
-- reads it (the public status lookup compares the body's phone), and those four digits are the very secret of that
-- lookup.

DROP INDEX people_applicant_phone_ix;
ALTER TABLE people_applicant DROP CONSTRAINT people_applicant_identifier_uk;
ALTER TABLE people_applicant DROP COLUMN identifier;
ALTER TABLE people_applicant DROP COLUMN phone;
ALTER TABLE people_applicant ALTER COLUMN identifier_encrypted SET NOT NULL;
ALTER TABLE people_applicant ALTER COLUMN identifier_index SET NOT NULL;
ALTER TABLE people_applicant ALTER COLUMN phone_encrypted SET NOT NULL;
ALTER TABLE people_applicant ALTER COLUMN phone_index SET NOT NULL;
-- one account per resident ID number or credit code
ALTER TABLE people_applicant ADD CONSTRAINT people_applicant_identifier_uk UNIQUE (identifier_index);
CREATE INDEX people_applicant_phone_ix ON people_applicant (phone_index);

DROP INDEX intake_case_applicant;
ALTER TABLE intake_case DROP COLUMN applicant_identifier;
ALTER TABLE intake_case DROP COLUMN phone_last_four;
ALTER TABLE intake_case ALTER COLUMN applicant_index SET NOT NULL;
CREATE INDEX intake_case_applicant ON intake_case (applicant_index, created_at, number);

ALTER TABLE intake_bad_credit DROP COLUMN identifier;
ALTER TABLE intake_bad_credit ALTER COLUMN identifier_encrypted SET NOT NULL;
ALTER TABLE intake_bad_credit ALTER COLUMN identifier_index SET NOT NULL;
ALTER TABLE intake_bad_credit ADD CONSTRAINT intake_bad_credit_pk PRIMARY KEY (identifier_index);

DROP INDEX certificate_holder;
ALTER TABLE certificate DROP COLUMN holder_identifier;
ALTER TABLE certificate ALTER COLUMN holder_identifier_encrypted SET NOT NULL;
ALTER TABLE certificate ALTER COLUMN holder_identifier_index SET NOT NULL;
CREATE INDEX certificate_holder ON certificate (holder_identifier_index);

ALTER TABLE notification_message DROP COLUMN phone;
ALTER TABLE notification_message ALTER COLUMN phone_encrypted SET NOT NULL;

ALTER TABLE delivery DROP COLUMN recipient_phone;
ALTER TABLE delivery DROP COLUMN address;
