-- 超时默认 is a local rule, so each item says whether a late department is deemed to consent; REGIONAL_DEFAULT
-- follows onevisit.casework.deemed-consent-by-default.
ALTER TABLE item_version ADD COLUMN deemed_consent VARCHAR(20) DEFAULT 'REGIONAL_DEFAULT' NOT NULL;

-- Whether the item's rule let the timer deem this review consented, fixed when the case was accepted; and the
-- opinion a department deemed to consent still owes (泰州: within one working day), given late without the
-- case going back.
ALTER TABLE casework_task ADD COLUMN deemable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE casework_task ADD COLUMN opinion_owed_by DATE;
ALTER TABLE casework_task ADD COLUMN late_opinion VARCHAR(30);
ALTER TABLE casework_task ADD COLUMN late_text VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE casework_task ADD COLUMN late_by VARCHAR(100);
ALTER TABLE casework_task ADD COLUMN late_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX casework_task_owed ON casework_task (department, opinion_owed_by);
