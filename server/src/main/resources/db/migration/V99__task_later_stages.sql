-- Whether a later stage of the case's plan waits for the task's stage: only then can its answer open other tasks.
-- Tasks planned before this column are assumed to have one, so their answers still look.
ALTER TABLE casework_task ADD COLUMN later_stages_wait BOOLEAN DEFAULT TRUE NOT NULL;
