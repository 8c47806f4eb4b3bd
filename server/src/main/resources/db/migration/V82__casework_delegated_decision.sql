-- A decision a chief representative took alone under delegation (授权), for the supervisors' spot checks.
ALTER TABLE casework_item_decision ADD COLUMN delegated BOOLEAN DEFAULT FALSE NOT NULL;
