-- The counter (窗口) a member of staff sits at: the hall's counter number, set by the administrator or chosen by the
-- clerk at the workbench (the last choice stands: clerks rotate). Intake records it on every visit at the counter, and
-- the assessment counts a case for the counter of its first visit (ADR 0038). Empty: not at a counter.
ALTER TABLE people_staff ADD COLUMN counter_number VARCHAR(16);
