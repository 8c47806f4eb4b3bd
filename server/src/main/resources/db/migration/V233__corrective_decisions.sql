-- A corrective decision (纠错) on an item's decision: amended (its outcome and text replaced) or revoked, by whom,
-- when and on what grounds. The decision's earlier outcome stays on the audit trail.
ALTER TABLE casework_item_decision ADD COLUMN revoked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE casework_item_decision ADD COLUMN corrected_by VARCHAR(100);
ALTER TABLE casework_item_decision ADD COLUMN corrected_at TIMESTAMP WITH TIME ZONE;

-- A certificate issued on a decision that was corrected is revoked, and an amended approval's certificate is issued
-- again with the corrected content: an item may now have several certificates, one of each edition, the newest the
-- one that counts. The first is edition 1, so a decision's certificate is still issued once.
ALTER TABLE certificate ADD COLUMN edition INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE certificate DROP CONSTRAINT certificate_case_item_unique;
ALTER TABLE certificate ADD CONSTRAINT certificate_case_item_edition_unique UNIQUE (case_number, item_code, edition);
