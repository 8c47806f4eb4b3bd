-- The clock of a review: stopped while waiting for the applicant's corrections, moved by an approved extension.
ALTER TABLE casework_task ADD COLUMN suspended_on DATE;
ALTER TABLE casework_task ADD COLUMN suspended_days INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE casework_task ADD COLUMN extension_days INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE casework_task ADD COLUMN extension_note VARCHAR(1000) DEFAULT '' NOT NULL;
