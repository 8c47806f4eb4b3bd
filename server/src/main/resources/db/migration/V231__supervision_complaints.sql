-- 投诉 (complaints) about the centre's service, handled by the supervisors (ADR 0032): received from the portal, the
-- counter, 12345 referrals and letters; accepted or not within 5 working days, routed to a department, answered by it
-- by a deadline, closed with the result. The complainant's name and phone are sealed like all personal data.
CREATE TABLE supervision_complaint_sequence (
    for_year   INTEGER NOT NULL PRIMARY KEY,
    last_value BIGINT  NOT NULL
);

CREATE TABLE supervision_complaint (
    number              VARCHAR(20)   NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    category            VARCHAR(30)   NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    text                VARCHAR(2000) NOT NULL,
    case_number         VARCHAR(40),
    complainant_kind    VARCHAR(12)   NOT NULL,
    complainant_account VARCHAR(100),
    name_encrypted      VARCHAR(1000),
    phone_encrypted     VARCHAR(1000),
    -- the 12345 hotline's own number of the referral: the same referral twice is one complaint
    referral            VARCHAR(60)   UNIQUE,
    -- the submitter's Idempotency-Key, scoped by the submitter's login
    idempotency_key     VARCHAR(250)  UNIQUE,
    recorded_by         VARCHAR(100)  NOT NULL,
    received_on         DATE          NOT NULL,
    acceptance_due      DATE          NOT NULL,
    decided_on          DATE,
    decided_by          VARCHAR(100),
    refusal_reason      VARCHAR(1000),
    department          VARCHAR(16),
    routed_on           DATE,
    answer_due          DATE,
    answer              VARCHAR(4000),
    answered_by         VARCHAR(100),
    answered_on         DATE,
    result              VARCHAR(4000),
    closed_on           DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervision_complaint_state ON supervision_complaint (state, received_on);
CREATE INDEX supervision_complaint_department ON supervision_complaint (department, state);
CREATE INDEX supervision_complaint_account ON supervision_complaint (complainant_account);
