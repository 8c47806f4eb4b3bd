-- What an applicant's account chose (ADR 0046): the channels messages go by, and the optional kinds switched off
-- (their names, comma-separated). Legally required kinds are never switched off, whatever is stored here.
CREATE TABLE notification_preference (
    principal    VARCHAR(40)   PRIMARY KEY,
    by_sms       BOOLEAN       NOT NULL,
    by_email     BOOLEAN       NOT NULL,
    switched_off VARCHAR(1000) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
