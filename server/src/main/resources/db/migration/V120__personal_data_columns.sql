-- Personal data at rest (DESIGN decision 8, ADR 0004): ID numbers, credit codes, phone numbers and delivery addresses
-- are stored encrypted (AES-256-GCM, the key outside the database) and found through a keyed blind index
-- (HMAC-SHA256, 128 bits, 32 hex characters). Migration 121 (Java, it needs the keys) fills these columns from the
-- clear ones; migration 122 drops the clear ones.
--
-- An encrypted value is 'pd1:<key number>:' and the base64 of 12 + n + 16 bytes for a value of n bytes in UTF-8:
-- 70 characters for an 18-character ID number, 100 for 40 characters, 1,700 for 300 characters of four bytes each.

-- Every key the database holds data under, with a check value (an HMAC of a fixed text under the key) that tells a
-- wrong key file from the right one without revealing either; for the index keys, the one the indexes are made with.
CREATE TABLE personal_data_key (
    name          VARCHAR(64) NOT NULL PRIMARY KEY,
    purpose       VARCHAR(20) NOT NULL,
    check_value   CHAR(32)    NOT NULL,
    in_use        BOOLEAN     NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT personal_data_key_purpose CHECK (purpose IN ('ENCRYPTION', 'INDEX'))
);

ALTER TABLE people_applicant ADD COLUMN identifier_encrypted VARCHAR(100);
ALTER TABLE people_applicant ADD COLUMN identifier_index CHAR(32);
ALTER TABLE people_applicant ADD COLUMN phone_encrypted VARCHAR(100);
ALTER TABLE people_applicant ADD COLUMN phone_index CHAR(32);

-- The applicant's identifier and phone, and the agent's, are encrypted inside the case body itself.
ALTER TABLE intake_case ADD COLUMN applicant_index CHAR(32);

ALTER TABLE intake_bad_credit ADD COLUMN identifier_encrypted VARCHAR(100);
ALTER TABLE intake_bad_credit ADD COLUMN identifier_index CHAR(32);

ALTER TABLE certificate ADD COLUMN holder_identifier_encrypted VARCHAR(120);
ALTER TABLE certificate ADD COLUMN holder_identifier_index CHAR(32);

ALTER TABLE notification_message ADD COLUMN phone_encrypted VARCHAR(100);

ALTER TABLE delivery ADD COLUMN recipient_phone_encrypted VARCHAR(100);
ALTER TABLE delivery ADD COLUMN address_encrypted VARCHAR(1700);
