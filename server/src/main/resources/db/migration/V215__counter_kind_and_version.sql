-- The hall's counters (窗口) as administrators keep them: what each serves (kind), a version for concurrent edits, and
-- counters of the centre itself (the comprehensive counters, pickup, enquiries), which belong to no department.
ALTER TABLE counter ADD COLUMN kind VARCHAR(20) DEFAULT 'DEPARTMENT' NOT NULL;
ALTER TABLE counter ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE counter ALTER COLUMN department_code DROP NOT NULL;
