-- The audit trail (审计留痕) of electronic supervision: every change to a case, append-only and hash-chained.
-- The application only ever INSERTs into audit_record; a verification recomputes every hash.
CREATE TABLE audit_record (
    seq          BIGINT                   NOT NULL PRIMARY KEY,
    subject      VARCHAR(40)              NOT NULL,
    subject_id   VARCHAR(100)             NOT NULL,
    action       VARCHAR(60)              NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    channel      VARCHAR(20)              NOT NULL,
    before_text  CHARACTER VARYING        NOT NULL,
    after_text   CHARACTER VARYING        NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    prev_hash    CHAR(64)                 NOT NULL,
    hash         CHAR(64)                 NOT NULL
);

CREATE INDEX audit_record_subject ON audit_record (subject, subject_id);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append, so appends from any
-- number of server nodes line up one after the other without gaps in seq.
CREATE TABLE audit_chain (
    id         INTEGER  NOT NULL PRIMARY KEY,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_single_row CHECK (id = 1)
);

INSERT INTO audit_chain (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
