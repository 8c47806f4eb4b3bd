-- The department whose decision it is (the item's lead department), so that the decisions taken under a department's
-- delegation can be found by department and time (the population of a spot check, 抽查, ADR 0029). Decisions taken
-- before this column existed: the department of the review their decider answered on the item, else of any review.
ALTER TABLE casework_item_decision ADD COLUMN department VARCHAR(16);
UPDATE casework_item_decision SET department = COALESCE(
    (SELECT MIN(t.department) FROM casework_task t
     WHERE t.case_number = casework_item_decision.case_number AND t.item_code = casework_item_decision.item_code
       AND t.decided_by = casework_item_decision.decided_by),
    (SELECT MIN(t.department) FROM casework_task t
     WHERE t.case_number = casework_item_decision.case_number AND t.item_code = casework_item_decision.item_code),
    '');
ALTER TABLE casework_item_decision ALTER COLUMN department SET NOT NULL;
CREATE INDEX casework_item_decision_delegated ON casework_item_decision (department, delegated, decided_at);
