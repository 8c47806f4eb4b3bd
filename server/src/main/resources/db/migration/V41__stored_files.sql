-- Intake: applicants' uploaded files. The bytes live in the file store (by default under the data folder,
-- named by id); a row is written only once its bytes are safely stored.

CREATE TABLE stored_file (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    -- SHA-256 of the content, lower-case hex
    sha256        CHAR(64)     NOT NULL,
    size          BIGINT       NOT NULL,
    -- detected from the content, never taken from the client
    media_type    VARCHAR(100) NOT NULL,
    -- the applicant's file name without folders or control characters; for display only
    original_name VARCHAR(255) NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the login name of whoever uploaded it; NULL when the caller did not say
    stored_by     VARCHAR(64)
);

CREATE INDEX stored_file_sha256_ix ON stored_file (sha256);
