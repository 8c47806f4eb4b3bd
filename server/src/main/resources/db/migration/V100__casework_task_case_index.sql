-- A case's tasks are found through the unique key (case_number, item_code, department), whose first column is the
-- case number; a second index on the case number alone only cost every insert and update of a task one more entry.
DROP INDEX casework_task_case;
