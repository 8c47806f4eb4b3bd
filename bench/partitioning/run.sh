#!/usr/bin/env bash
# Partitioning by year, measured: generates OneVisit's case table and audit trail (generate.sql) at province size in a
# database of its own, once in the product's layout and once partitioned by year with PostgreSQL's declarative
# partitioning, times typical queries on both (queries.sql), then the upkeep: VACUUM after a month's updates, and
# removing the oldest year (DELETE and VACUUM against DETACH PARTITION and DROP TABLE); writes report.md and plans.txt.
#   bench/partitioning/run.sh [cases]     default 10,000,000 cases over 10 years, 4 audit records each
# Environment: PARTITIONING_DB (onevisit_partitioning; created, and dropped at the end unless PARTITIONING_KEEP=1),
# PARTITIONING_PG_HOST (127.0.0.1), PARTITIONING_PG_USER (postgres), PARTITIONING_YEARS (10),
# PARTITIONING_LAST_YEAR (2026), PARTITIONING_AUDIT_PER_CASE (4), PARTITIONING_BODY_BYTES (1000, the case's JSON body),
# PARTITIONING_SKIP_GENERATE=1 (time the queries on the data already there), PARTITIONING_OUT
# (bench/results/partitioning-<date>). Disk: about 1.6 KB a case and 0.4 KB an audit record, twice (both layouts).
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-10000000}
years=${PARTITIONING_YEARS:-10}
last_year=${PARTITIONING_LAST_YEAR:-2026}
audit=${PARTITIONING_AUDIT_PER_CASE:-4}
body=${PARTITIONING_BODY_BYTES:-1000}
db=${PARTITIONING_DB:-onevisit_partitioning}
host=${PARTITIONING_PG_HOST:-127.0.0.1}
user=${PARTITIONING_PG_USER:-postgres}
out=${PARTITIONING_OUT:-bench/results/partitioning-$(date -u +%F)}
mkdir -p "$out"
sql() { psql -h "$host" -U "$user" -d "$db" -X -q -v ON_ERROR_STOP=1 -v last_year="$last_year" "$@"; }
value() { sql -Atc "$1"; }
now() { date +%s.%N; }
timed() { # seconds the statements take, each its own command, by the clock around psql
  local t0 args=() s
  for s in "$@"; do args+=(-c "$s"); done
  t0=$(now); sql "${args[@]}" > /dev/null; echo "$(now) - $t0" | bc -l | xargs printf '%.2f'
}

if [ "$(psql -h "$host" -U "$user" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  createdb -h "$host" -U "$user" "$db"
fi
started=$(date -u +%FT%TZ)
generation=skipped
if [ "${PARTITIONING_SKIP_GENERATE:-0}" != 1 ]; then
  echo "generating $cases cases and $((cases * audit)) audit records, twice (this takes a while)"
  t0=$(now)
  nice -n 10 psql -h "$host" -U "$user" -d "$db" -X -q -v cases="$cases" -v years="$years" -v last_year="$last_year" \
    -v audit_per_case="$audit" -v body_bytes="$body" -f bench/partitioning/generate.sql > "$out/generate.log" 2>&1
  generation=$(echo "$(now) - $t0" | bc -l | xargs printf '%.0f s')
fi
cases=$(value "SELECT count(*) FROM flat.intake_case")
records=$(value "SELECT count(*) FROM flat.audit_record")

echo "timing the queries"
sql -f bench/partitioning/queries.sql > /dev/null

sizes=$(value "SELECT string_agg(format('| %s | %s | %s | %s | %s |', layout, tbl, pg_size_pretty(t), pg_size_pretty(i),
  CASE WHEN tbl = 'intake_case' THEN round((t + i)::numeric / $cases) ELSE round((t + i)::numeric / $records) END), E'\n' ORDER BY layout, tbl)
  FROM (SELECT n.nspname AS layout, c.relname AS tbl,
          CASE WHEN c.relkind = 'p' THEN (SELECT sum(pg_table_size(inhrelid)) FROM pg_inherits WHERE inhparent = c.oid) ELSE pg_table_size(c.oid) END AS t,
          CASE WHEN c.relkind = 'p' THEN (SELECT sum(pg_indexes_size(inhrelid)) FROM pg_inherits WHERE inhparent = c.oid) ELSE pg_indexes_size(c.oid) END AS i
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('flat', 'part') AND c.relkind IN ('r', 'p') AND c.relname IN ('intake_case', 'audit_record')) s")
hot=$(value "SELECT format('%s of table and %s of indexes (of %s and %s in the product''s layout)',
  pg_size_pretty(pg_table_size('part.intake_case_$last_year')), pg_size_pretty(pg_indexes_size('part.intake_case_$last_year')),
  pg_size_pretty(pg_table_size('flat.intake_case')), pg_size_pretty(pg_indexes_size('flat.intake_case')))")

echo "upkeep: a month's updates and VACUUM"
for layout in flat part; do
  sql -c "UPDATE $layout.intake_case SET version = version + 1 WHERE created_at >= make_date($last_year, 11, 1)::timestamptz"
done
vacuum_flat=$(timed "VACUUM (ANALYZE) flat.intake_case")
vacuum_part=$(timed "VACUUM (ANALYZE) part.intake_case_$last_year")

echo "upkeep: removing the oldest whole year"
old=$((last_year - years + 1))
old_cases=$(value "SELECT count(*) FROM part.intake_case_$old")
old_records=$(value "SELECT count(*) FROM part.audit_record_$old")
remove_flat=$(timed "BEGIN; DELETE FROM flat.audit_record WHERE at >= make_date($old, 1, 1)::timestamptz AND at < make_date($((old + 1)), 1, 1)::timestamptz; DELETE FROM flat.intake_case WHERE created_at >= make_date($old, 1, 1)::timestamptz AND created_at < make_date($((old + 1)), 1, 1)::timestamptz; COMMIT;")
vacuum_after_flat=$(timed "VACUUM flat.intake_case" "VACUUM flat.audit_record")
remove_part=$(timed "BEGIN; ALTER TABLE part.audit_record DETACH PARTITION part.audit_record_$old; ALTER TABLE part.intake_case DETACH PARTITION part.intake_case_$old; DROP TABLE part.audit_record_$old; DROP TABLE part.intake_case_$old; COMMIT;")

ratio() { echo "$2 / $1" | bc -l | xargs printf '%.2f'; }
{
  echo "# Partitioning cases and the audit trail by year, measured"
  echo
  echo "Measured $started on $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(value 'SELECT version()' | cut -d, -f1). Load average (1 minute) at the end: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores (the machine was shared)."
  echo
  echo "**Data** (\`bench/partitioning/run.sh $cases\`, generated in $generation): $cases cases over $years years up to $last_year-12-01 and $records audit records, in OneVisit's columns and indexes (\`flat\`, as the migrations leave intake_case and audit_record), and the same rows partitioned by year on \`created_at\` / \`at\` (\`part\`: $(value "SELECT count(*) FROM pg_inherits WHERE inhparent = 'part.intake_case'::regclass") partitions left of each table; primary keys and unique constraints include the partition key). The case's JSON body is $body characters."
  echo
  echo "| layout | table | table size | index size | bytes a row, with indexes |"
  echo "|---|---|---:|---:|---:|"
  echo "$sizes"
  echo
  echo "This year's partition of cases (the data the day's work touches): $hot."
  echo
  echo "## Queries"
  echo
  echo "Median execution time (EXPLAIN ANALYZE) over the samples, the layouts in turn, after a warm-up; the data in memory. Ratio: partitioned ÷ the product's layout (below 1 is faster partitioned)."
  echo
  echo "| query | what | product's layout ms | partitioned ms | ratio |"
  echo "|---|---|---:|---:|---:|"
  value "SELECT string_agg(format('| %s | %s | %s | %s | %s |', query, description, round(flat_ms::numeric, 3), round(part_ms::numeric, 3),
    round((part_ms / nullif(flat_ms, 0))::numeric, 2)), E'\n' ORDER BY position) FROM bench.result"
  echo
  echo "## Upkeep"
  echo
  echo "| task | product's layout s | partitioned s | ratio |"
  echo "|---|---:|---:|---:|"
  echo "| VACUUM (ANALYZE) after updating the last month's cases: the whole table, or this year's partition | $vacuum_flat | $vacuum_part | $(ratio "$vacuum_flat" "$vacuum_part") |"
  echo "| remove the year $old ($old_cases cases, $old_records audit records): DELETE, or DETACH PARTITION and DROP TABLE | $remove_flat | $remove_part | $(ratio "$remove_flat" "$remove_part") |"
  echo "| the VACUUM that the DELETE leaves to do (none after DROP) | $vacuum_after_flat | 0 | |"
  echo
  echo "Plans of one run of each query: [plans.txt](plans.txt)."
} > "$out/report.md"
value "SELECT string_agg(format(E'==== %s, %s\n%s', query, layout, plan), E'\n' ORDER BY query, layout) FROM bench.plan" > "$out/plans.txt"
cat "$out/report.md"
if [ "${PARTITIONING_KEEP:-0}" != 1 ]; then
  psql -h "$host" -U "$user" -d postgres -X -q -c "DROP DATABASE $db"
  echo "dropped the database $db"
fi
