-- OneVisit's case table (intake_case) and audit trail (audit_record) as the migrations leave them (V40, V50, V95, V97,
-- V120, V122, V202, V238), filled with :cases generated cases over :years years ending in :last_year, and
-- :audit_per_case audit records per case: once in schema flat (the product's layout) and once in schema part
-- (the same columns, partitioned by year on created_at / at). psql variables: cases, years, last_year,
-- audit_per_case, body_bytes.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 1;

DROP SCHEMA IF EXISTS flat CASCADE;
DROP SCHEMA IF EXISTS part CASCADE;
CREATE SCHEMA flat;
CREATE SCHEMA part;

-- the product's layout
CREATE TABLE flat.intake_case (
    number           VARCHAR(40)  NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    subject          VARCHAR(50)  NOT NULL,
    bundle           BOOLEAN      NOT NULL,
    applicant_account VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    received_on      DATE,
    accepted_on      DATE,
    deemed_accepted  BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    body             CHARACTER VARYING NOT NULL,
    applicant_index  CHAR(32)     NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE
);
CREATE TABLE flat.audit_record (
    seq          BIGINT                   NOT NULL,
    subject      VARCHAR(40)              NOT NULL,
    subject_id   VARCHAR(100)             NOT NULL,
    action       VARCHAR(60)              NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    channel      VARCHAR(20)              NOT NULL,
    before_text  CHARACTER VARYING        NOT NULL,
    after_text   CHARACTER VARYING        NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    prev_hash    CHAR(64)                 NOT NULL,
    hash         CHAR(64)                 NOT NULL,
    origin_id    BIGINT
);

\echo generating cases
\timing on
-- cases spread evenly over the years; a case number like the product's: the day and a sequence (CASE-yyyymmdd-n)
INSERT INTO flat.intake_case
SELECT 'SJ' || to_char(t, 'YYYYMMDD') || lpad(i::text, 8, '0'),
       md5('key' || i),
       CASE WHEN i % 3 = 0 THEN 'WEB' ELSE 'COUNTER' END,
       CASE WHEN t > now_ - interval '20 days' THEN (ARRAY['RECEIVED','ACCEPTED','AWAITING_SUPPLEMENT','ACCEPTED','ACCEPTED'])[1 + i % 5]
            WHEN i % 20 = 0 THEN 'REFUSED' WHEN i % 33 = 0 THEN 'WITHDRAWN' ELSE 'COMPLETED' END,
       'ITEM' || lpad((i % 400)::text, 4, '0'),
       i % 9 = 0,
       CASE WHEN i % 3 = 0 THEN 'acct' || (i % 5000000) END,
       t,
       t::date,
       CASE WHEN i % 20 <> 0 THEN t::date END,
       false,
       3,
       substr(repeat(md5(i::text) || md5((i + 1)::text), 40), 1, :body_bytes),
       md5('applicant' || (i % (:cases / 3 + 1))),
       CASE WHEN t <= now_ - interval '20 days' THEN t + interval '6 days' END
FROM (SELECT i,
             -- spread over the years, ending now_
             now_ - (interval '1 second' * ((:cases - i)::float8 / :cases * :years * 365.25 * 86400)) AS t,
             now_
      FROM generate_series(1, :cases) i,
           LATERAL (SELECT (make_date(:last_year, 12, 1)::timestamptz) AS now_) n) g;

\echo generating audit records
-- each case's audit records within days of its creation; seq in time order as the chainer gives it
INSERT INTO flat.audit_record
SELECT row_number() OVER (ORDER BY c.created_at, k),
       'case', c.number,
       (ARRAY['received','accepted','review-opened','opinion','decided','delivered','completed','rated'])[1 + (k % 8)],
       'staff' || (hashtext(c.number) & 1023), 'COUNTER',
       '{"status":"RECEIVED"}', '{"status":"ACCEPTED","by":"' || md5(c.number || k) || '"}',
       c.created_at + k * interval '7 hours',
       md5(c.number || k || 'p') || md5(c.number || k || 'q'),
       md5(c.number || k || 'h') || md5(c.number || k || 'i'),
       NULL
FROM flat.intake_case c, generate_series(1, :audit_per_case) k;

\echo indexing the product layout
ALTER TABLE flat.intake_case ADD PRIMARY KEY (number);
ALTER TABLE flat.intake_case ADD UNIQUE (idempotency_key);
CREATE INDEX intake_case_account ON flat.intake_case (applicant_account);
CREATE INDEX intake_case_status ON flat.intake_case (status, received_on);
CREATE INDEX intake_case_applicant ON flat.intake_case (applicant_index, created_at, number);
CREATE INDEX intake_case_created ON flat.intake_case (created_at, number);
ALTER TABLE flat.audit_record ADD PRIMARY KEY (seq);
CREATE INDEX audit_record_subject ON flat.audit_record (subject, subject_id);
CREATE UNIQUE INDEX audit_record_origin ON flat.audit_record (origin_id);

\echo partitioned layout
-- the same columns, partitioned by year; a primary key or unique constraint must include the partition key
CREATE TABLE part.intake_case (LIKE flat.intake_case) PARTITION BY RANGE (created_at);
CREATE TABLE part.audit_record (LIKE flat.audit_record) PARTITION BY RANGE (at);
SELECT format('CREATE TABLE part.intake_case_%s PARTITION OF part.intake_case FOR VALUES FROM (%L) TO (%L)', y,
              make_date(y, 1, 1)::timestamptz, make_date(y + 1, 1, 1)::timestamptz),
       format('CREATE TABLE part.audit_record_%s PARTITION OF part.audit_record FOR VALUES FROM (%L) TO (%L)', y,
              make_date(y, 1, 1)::timestamptz, make_date(y + 1, 1, 1)::timestamptz)
FROM generate_series(:last_year - :years, :last_year + 1) y \gexec
INSERT INTO part.intake_case SELECT * FROM flat.intake_case;
INSERT INTO part.audit_record SELECT * FROM flat.audit_record;
ALTER TABLE part.intake_case ADD PRIMARY KEY (number, created_at);
ALTER TABLE part.intake_case ADD UNIQUE (idempotency_key, created_at);
CREATE INDEX intake_case_account ON part.intake_case (applicant_account);
CREATE INDEX intake_case_status ON part.intake_case (status, received_on);
CREATE INDEX intake_case_applicant ON part.intake_case (applicant_index, created_at, number);
CREATE INDEX intake_case_created ON part.intake_case (created_at, number);
ALTER TABLE part.audit_record ADD PRIMARY KEY (seq, at);
CREATE INDEX audit_record_subject ON part.audit_record (subject, subject_id);
CREATE UNIQUE INDEX audit_record_origin ON part.audit_record (origin_id, at);

\echo analysing
VACUUM ANALYZE flat.intake_case;
VACUUM ANALYZE flat.audit_record;
VACUUM ANALYZE part.intake_case;
VACUUM ANALYZE part.audit_record;
