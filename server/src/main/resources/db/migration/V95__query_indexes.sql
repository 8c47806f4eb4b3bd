-- Indexes for the queries staff run all day, chosen from their plans at a million cases (see bench/results/).

-- The day a review was answered, in the centre's time zone, so a month's figures are counted per day without
-- time-zone arithmetic in SQL. Rows answered before this column existed get the day in the database session's
-- zone, which is the centre's on a server set up as the README says.
ALTER TABLE casework_task ADD COLUMN decided_on DATE;
UPDATE casework_task SET decided_on = CAST(decided_at AS DATE) WHERE decided_at IS NOT NULL;

-- Finding an applicant's cases at the counter, newest first, without sorting all of a frequent applicant's cases.
DROP INDEX intake_case_applicant;
CREATE INDEX intake_case_applicant ON intake_case (applicant_identifier, created_at, number);

-- The counter workbench's recent cases.
CREATE INDEX intake_case_created ON intake_case (created_at, number);

-- The overdue list (open reviews past their deadline, the oldest first) and the deemed-consent timer.
DROP INDEX casework_task_due;
CREATE INDEX casework_task_due ON casework_task (status, deadline, id);

-- A month's figures per department: reviews opened, answered and due in the month. Each index holds every column
-- its query reads, so PostgreSQL answers from the index alone instead of visiting a month of rows in the table.
CREATE INDEX casework_task_opened ON casework_task (opened_on, department);
CREATE INDEX casework_task_decided ON casework_task (decided_on, status, department, opened_on, deadline, suspended_days);
CREATE INDEX casework_task_deadline ON casework_task (deadline, status, department, decided_on);
