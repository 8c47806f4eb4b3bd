-- The roles of the applicants a case of an item or bundle needs, e.g. buyer and seller of a house sale:
-- key|name|nameEn|atLeast, separated by semicolons; empty for one applicant.
ALTER TABLE item_version ADD COLUMN applicant_roles VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE bundle ADD COLUMN applicant_roles VARCHAR(1000) DEFAULT '' NOT NULL;
