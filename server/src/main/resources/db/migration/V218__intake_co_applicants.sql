-- The applicants of a case beside the first (a house sale's seller when the buyer applied), each by the blind index of
-- their ID number or credit code, so that each finds the case among their own once their account is verified
-- (ADR 0020, 0022). The first applicant stays intake_case.applicant_index. Cases stored before have their rows added
-- when the server starts (IntakeCoApplicants), read from their sealed bodies.
CREATE TABLE intake_case_co_applicant (
    number           VARCHAR(40) NOT NULL REFERENCES intake_case (number),
    applicant_index  CHAR(32)    NOT NULL,
    PRIMARY KEY (number, applicant_index)
);
CREATE INDEX intake_case_co_applicant_index ON intake_case_co_applicant (applicant_index);
