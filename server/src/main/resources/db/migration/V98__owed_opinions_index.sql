-- The supervisor's list of opinions still owed after 超时默认, across departments, by the day they were due.
CREATE INDEX casework_task_owed_due ON casework_task (opinion_owed_by, id);
