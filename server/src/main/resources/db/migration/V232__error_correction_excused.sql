-- Whether the leadership's final determination (after the one appeal, if any) excused the error (容错): an excused
-- error does not count against the official's or the department's assessment. Corrected either way (纠错).
ALTER TABLE supervision_error_correction ADD COLUMN excused BOOLEAN DEFAULT FALSE NOT NULL;
