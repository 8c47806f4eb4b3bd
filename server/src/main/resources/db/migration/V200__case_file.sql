-- From acceptance on a case belongs to casework: its facts, its legal clock, its 容缺 pledge and its status, in a
-- table of casework's own. The holder's identifier and phone are encrypted like every other personal datum.
CREATE TABLE case_file (
    number              VARCHAR(40)  NOT NULL PRIMARY KEY,
    status              VARCHAR(30)  NOT NULL,
    subject             VARCHAR(50)  NOT NULL,
    subject_name        VARCHAR(500) NOT NULL,
    bundle              BOOLEAN      NOT NULL,
    items               CHARACTER VARYING NOT NULL,
    holder_legal_person BOOLEAN      NOT NULL,
    holder_identifier   VARCHAR(100) NOT NULL,
    holder_name         VARCHAR(500) NOT NULL,
    holder_phone        VARCHAR(100) NOT NULL,
    accepted_on         DATE         NOT NULL,
    deemed_accepted     BOOLEAN      NOT NULL,
    promised_by         DATE         NOT NULL,
    legal_by            DATE         NOT NULL,
    provisional         BOOLEAN      NOT NULL,
    extension_days      INTEGER      NOT NULL,
    extension_note      VARCHAR(4000) NOT NULL,
    pledge_materials    CHARACTER VARYING,
    pledge_due          DATE,
    pledge_remind_on    DATE,
    pledge_reminded     BOOLEAN,
    pledge_kept         BOOLEAN,
    closing_note        VARCHAR(4000) NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX case_file_pledge ON case_file (status, pledge_due);
CREATE INDEX case_file_pledge_reminder ON case_file (status, pledge_remind_on);

-- A delivery knows the items whose results it hands over ("code@version,…"), to tell whether they may go by express.
ALTER TABLE delivery ADD COLUMN items VARCHAR(4000) NOT NULL DEFAULT '';
