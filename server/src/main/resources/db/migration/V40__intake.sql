-- Cases at intake. Columns that queries filter on are columns; the rest of the case is its JSON body.

CREATE TABLE intake_case_sequence (
    for_day    DATE   NOT NULL PRIMARY KEY,
    last_value BIGINT NOT NULL
);

CREATE TABLE intake_case (
    number               VARCHAR(40)  NOT NULL PRIMARY KEY,
    idempotency_key      VARCHAR(100) NOT NULL UNIQUE,
    channel              VARCHAR(10)  NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    subject              VARCHAR(50)  NOT NULL,
    bundle               BOOLEAN      NOT NULL,
    applicant_identifier VARCHAR(18)  NOT NULL,
    applicant_account    VARCHAR(100),
    phone_last_four      VARCHAR(4)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    received_on          DATE,
    accepted_on          DATE,
    deemed_accepted      BOOLEAN      NOT NULL,
    pledge_due           DATE,
    pledge_remind_on     DATE,
    version              BIGINT       NOT NULL,
    body                 CHARACTER VARYING NOT NULL
);
CREATE INDEX intake_case_applicant ON intake_case (applicant_identifier);
CREATE INDEX intake_case_account ON intake_case (applicant_account);
CREATE INDEX intake_case_status ON intake_case (status, received_on);
CREATE INDEX intake_case_pledge ON intake_case (status, pledge_due);

-- 失信名单 kept by administrators: applicants on it cannot use 容缺.
CREATE TABLE intake_bad_credit (
    identifier VARCHAR(18)   NOT NULL PRIMARY KEY,
    reason     VARCHAR(1000) NOT NULL,
    added_by   VARCHAR(100)  NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
