-- The moment a case ended — 办结, 终止 or 撤回 in casework, 不予受理 or 撤回 at intake — from which the applicant's
-- rating window (好差评) runs. Cases that ended before this column existed keep it empty: their end is unknown.
ALTER TABLE case_file ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake_case ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
