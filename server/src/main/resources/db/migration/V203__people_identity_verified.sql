-- An applicant account's identity verified (实名核验): the counter saw the ID card or business licence of the
-- account's holder. Only a verified account sees the cases filed at the counter under its ID number or credit code;
-- registering needs no proof, so an unverified account sees only what it applied for itself (ADR 0020).
ALTER TABLE people_applicant ADD COLUMN identity_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE people_applicant ADD COLUMN identity_verified_by VARCHAR(100);

-- the demo accounts hold made-up numbers of nobody: they count as verified, as a demonstration needs
UPDATE people_applicant SET identity_verified_at = registered_at, identity_verified_by = 'demo' WHERE demo = TRUE;
