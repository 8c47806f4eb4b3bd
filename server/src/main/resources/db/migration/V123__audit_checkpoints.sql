-- Signed checkpoints of the audit chain (审计链签名检查点): the head's seq and hash at a moment, signed with the
-- centre's checkpoint key, which is kept outside the database. Every checkpoint is also appended to files outside the
-- database; a verification compares the chain with every signed checkpoint it finds, so that a trail cut short with
-- its head moved back, or rewritten with every hash recomputed, is found. At most one checkpoint a seq: a new one is
-- signed only when the trail has grown.
CREATE TABLE audit_checkpoint (
    seq        BIGINT                   NOT NULL PRIMARY KEY,
    head_hash  CHAR(64)                 NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id     VARCHAR(64)              NOT NULL,
    signature  VARCHAR(200)             NOT NULL
);
