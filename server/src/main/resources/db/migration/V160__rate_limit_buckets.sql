-- Attempt limits (failed logins per account and per address, public status lookups per address and per case number)
-- as token buckets, one row per key, shared by every node: the state is Bucket4j's, written under a row lock
-- (SELECT ... FOR UPDATE). expires_at is the wall-clock time in milliseconds after which the bucket is full again and
-- unused, when its row may be removed; an empty state is a row just created for its first use.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
