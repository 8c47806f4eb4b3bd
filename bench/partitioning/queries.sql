-- Typical queries on the product's layout (schema flat) and the partitioned one (schema part), each timed by
-- EXPLAIN ANALYZE's execution time: one run per sample parameter, flat and part in turn, after a warm-up; the median.
-- Results in bench.result; one plan of each in bench.plan. psql variable: last_year.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.result (position serial, query text, description text, flat_ms float8, part_ms float8);
CREATE TABLE bench.plan (query text, layout text, plan text);

CREATE FUNCTION bench.exec_ms(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || q INTO plan;
    RETURN (plan -> 0 ->> 'Execution Time')::float8;
END $$;

-- template: %1$s is the schema, %2$L the sample parameter
CREATE FUNCTION bench.compare(name text, description text, template text, params text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE f float8[] := '{}'; pt float8[] := '{}'; p text; layout text; line text; plan text;
BEGIN
    FOREACH p IN ARRAY params[1:3] LOOP
        PERFORM bench.exec_ms(format(template, 'flat', p));
        PERFORM bench.exec_ms(format(template, 'part', p));
    END LOOP;
    FOREACH p IN ARRAY params LOOP
        f := f || bench.exec_ms(format(template, 'flat', p));
        pt := pt || bench.exec_ms(format(template, 'part', p));
    END LOOP;
    INSERT INTO bench.result (query, description, flat_ms, part_ms)
    SELECT name, description, (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(f) x),
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(pt) x);
    FOREACH layout IN ARRAY ARRAY['flat', 'part'] LOOP
        plan := '';
        FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, BUFFERS) ' || format(template, layout, params[1]) LOOP
            plan := plan || line || E'\n';
        END LOOP;
        INSERT INTO bench.plan VALUES (name, layout, format(template, layout, params[1]) || E'\n\n' || plan);
    END LOOP;
END $$;

-- the same samples for both layouts: 41 cases spread over the years, and their applicants
CREATE TABLE bench.sample AS
SELECT number, applicant_index FROM flat.intake_case TABLESAMPLE SYSTEM (1) REPEATABLE (7) ORDER BY md5(number) LIMIT 41;

SELECT bench.compare('case-by-number', 'one case by its number (the status look-up, a case''s page)',
    'SELECT * FROM %1$s.intake_case WHERE number = %2$L', array_agg(number)) FROM bench.sample;
SELECT bench.compare('case-by-number-and-day', 'one case by its number, with the day its number carries as created_at''s range',
    'SELECT * FROM %1$s.intake_case WHERE number = %2$L AND created_at >= to_date(substr(%2$L, 3, 8), ''YYYYMMDD'')::timestamptz - interval ''1 day'' AND created_at < to_date(substr(%2$L, 3, 8), ''YYYYMMDD'')::timestamptz + interval ''2 days''',
    array_agg(number)) FROM bench.sample;
SELECT bench.compare('cases-by-applicant', 'an applicant''s 20 latest cases (the portal''s list)',
    'SELECT number, status, created_at FROM %1$s.intake_case WHERE applicant_index = %2$L ORDER BY created_at DESC, number DESC LIMIT 20',
    array_agg(applicant_index)) FROM bench.sample;
SELECT bench.compare('recent-cases', 'the 50 latest cases (the counter''s recent cases)',
    'SELECT number, status, created_at FROM %1$s.intake_case ORDER BY created_at DESC, number DESC LIMIT 50',
    array_fill(''::text, ARRAY[41]));
SELECT bench.compare('open-cases-this-year', 'this year''s open cases, oldest first, 200 (an inbox at intake)',
    format('SELECT number, status, received_on FROM %%1$s.intake_case WHERE status IN (''RECEIVED'', ''ACCEPTED'', ''AWAITING_SUPPLEMENT'') AND created_at >= %L ORDER BY created_at LIMIT 200',
           make_date(:last_year, 1, 1)::timestamptz),
    array_fill(''::text, ARRAY[21]));
SELECT bench.compare('year-statistics', 'last year''s cases by status and channel',
    format('SELECT status, channel, count(*) FROM %%1$s.intake_case WHERE created_at >= %L AND created_at < %L GROUP BY status, channel',
           make_date(:last_year - 1, 1, 1)::timestamptz, make_date(:last_year, 1, 1)::timestamptz),
    array_fill(''::text, ARRAY[11]));
SELECT bench.compare('audit-of-a-case', 'a case''s audit trail',
    'SELECT * FROM %1$s.audit_record WHERE subject = ''case'' AND subject_id = %2$L ORDER BY seq', array_agg(number))
FROM bench.sample;
SELECT bench.compare('audit-year-statistics', 'last year''s audit records by action',
    format('SELECT action, count(*) FROM %%1$s.audit_record WHERE at >= %L AND at < %L GROUP BY action',
           make_date(:last_year - 1, 1, 1)::timestamptz, make_date(:last_year, 1, 1)::timestamptz),
    array_fill(''::text, ARRAY[11]));
