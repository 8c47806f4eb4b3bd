-- The course of a correction (纠错) after it was opened, and of the excusal of the error (容错), on the correction's row.
-- The corrective decision: AMEND or REVOKE, the corrected outcome and text, the required cause analysis.
ALTER TABLE supervision_error_correction ADD COLUMN action VARCHAR(10);
ALTER TABLE supervision_error_correction ADD COLUMN approved_after BOOLEAN;
ALTER TABLE supervision_error_correction ADD COLUMN decision_text VARCHAR(4000);
ALTER TABLE supervision_error_correction ADD COLUMN cause_analysis VARCHAR(4000);
ALTER TABLE supervision_error_correction ADD COLUMN revoked_certificate VARCHAR(60);
ALTER TABLE supervision_error_correction ADD COLUMN reissued_certificate VARCHAR(60);
ALTER TABLE supervision_error_correction ADD COLUMN corrected_by VARCHAR(100);
ALTER TABLE supervision_error_correction ADD COLUMN corrected_at TIMESTAMP WITH TIME ZONE;
-- The official who took the decision, heard first (陈述): their statement, who recorded it (they or the group), when.
ALTER TABLE supervision_error_correction ADD COLUMN statement VARCHAR(4000);
ALTER TABLE supervision_error_correction ADD COLUMN heard_by VARCHAR(100);
ALTER TABLE supervision_error_correction ADD COLUMN heard_at TIMESTAMP WITH TIME ZONE;
-- The group's proposal: whether to excuse, and why.
ALTER TABLE supervision_error_correction ADD COLUMN proposed_excuse BOOLEAN;
ALTER TABLE supervision_error_correction ADD COLUMN proposal_reasons VARCHAR(4000);
ALTER TABLE supervision_error_correction ADD COLUMN proposed_by VARCHAR(100);
ALTER TABLE supervision_error_correction ADD COLUMN proposed_at TIMESTAMP WITH TIME ZONE;
-- The leadership's determination: the four conditions one by one, the matter, the situation, the result.
ALTER TABLE supervision_error_correction ADD COLUMN procedure_followed BOOLEAN;
ALTER TABLE supervision_error_correction ADD COLUMN no_personal_gain BOOLEAN;
ALTER TABLE supervision_error_correction ADD COLUMN no_collusion BOOLEAN;
ALTER TABLE supervision_error_correction ADD COLUMN corrected_on_own_initiative BOOLEAN;
ALTER TABLE supervision_error_correction ADD COLUMN excusal_matter VARCHAR(2000);
ALTER TABLE supervision_error_correction ADD COLUMN excusal_situation VARCHAR(2000);
ALTER TABLE supervision_error_correction ADD COLUMN determination VARCHAR(20);
ALTER TABLE supervision_error_correction ADD COLUMN determined_by VARCHAR(100);
ALTER TABLE supervision_error_correction ADD COLUMN determined_at TIMESTAMP WITH TIME ZONE;
-- The official's one appeal, and its decision: upheld or changed to another result.
ALTER TABLE supervision_error_correction ADD COLUMN appeal_grounds VARCHAR(4000);
ALTER TABLE supervision_error_correction ADD COLUMN appealed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE supervision_error_correction ADD COLUMN appeal_result VARCHAR(20);
ALTER TABLE supervision_error_correction ADD COLUMN appeal_reasons VARCHAR(4000);
ALTER TABLE supervision_error_correction ADD COLUMN appeal_decided_by VARCHAR(100);
ALTER TABLE supervision_error_correction ADD COLUMN appeal_decided_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX supervision_error_correction_department ON supervision_error_correction (department, state);
CREATE INDEX supervision_error_correction_decided_by ON supervision_error_correction (decided_by);
