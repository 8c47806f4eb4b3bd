-- The pledge's deadline and reminder are casework's now (case_file); intake keeps the signed pledge in the case body.
DROP INDEX intake_case_pledge;
ALTER TABLE intake_case DROP COLUMN pledge_due;
ALTER TABLE intake_case DROP COLUMN pledge_remind_on;
