-- An applicant's optional e-mail address (encrypted like the phone; no lookup by it, so no blind index) and the
-- language messages are written to them in (zh or en; ADR 0046).
ALTER TABLE people_applicant ADD COLUMN email_encrypted VARCHAR(600);
ALTER TABLE people_applicant ADD COLUMN language VARCHAR(5) DEFAULT 'zh' NOT NULL;
