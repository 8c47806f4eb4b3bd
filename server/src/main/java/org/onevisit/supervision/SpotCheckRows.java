package org.onevisit.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.DelegatedDecision;
import org.onevisit.supervision.SpotCheck.Drawn;
import org.onevisit.supervision.SpotCheck.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the spot checks with their populations, samples and findings. */
@Repository
class SpotCheckRows {

    private final JdbcClient jdbc;

    SpotCheckRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idOf(String requestKey) {
        return jdbc.sql("SELECT id FROM supervision_spot_check WHERE request_key = ?").param(requestKey)
                .query(Long.class).optional();
    }

    /** A check being drawn, with its population; its id. */
    long insert(String requestKey, String department, SpotPeriod period, SpotCheckRate rate, String by, Instant at,
            List<DelegatedDecision> population) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO supervision_spot_check (request_key, department, period, period_from, period_to, rate, status,
                    opened_by, opened_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'DRAWING', ?, ?, 0)""")
                .params(requestKey, department, period.text(), period.from(), period.to(), rate.value(), by, utc(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (DelegatedDecision d : population) {
            jdbc.sql("""
                    INSERT INTO supervision_spot_check_decision (check_id, case_number, item_code, decided_by, decided_at,
                        sampled, notes, version)
                    VALUES (?, ?, ?, ?, ?, FALSE, '', 0)""")
                    .params(id, d.caseNumber(), d.itemCode(), d.decidedBy(), utc(d.decidedAt())).update();
        }
        return id;
    }

    /** The check drawn from the seed: false when it was drawn meanwhile. */
    boolean drawn(long id, String seed, long seedSeq, Collection<DecisionKey> sample) {
        int updated = jdbc.sql("""
                UPDATE supervision_spot_check SET status = 'OPEN', seed = ?, seed_seq = ?, version = version + 1
                WHERE id = ? AND status = 'DRAWING'""").params(seed, seedSeq, id).update();
        if (updated == 0) {
            return false;
        }
        for (DecisionKey d : sample) {
            jdbc.sql("UPDATE supervision_spot_check_decision SET sampled = TRUE WHERE check_id = ? AND case_number = ?"
                    + " AND item_code = ?").params(id, d.caseNumber(), d.itemCode()).update();
        }
        return true;
    }

    /** Records a finding on a sampled decision at its version; false when it changed meanwhile. */
    boolean found(long id, DecisionKey decision, Finding finding, long version) {
        return jdbc.sql("""
                UPDATE supervision_spot_check_decision SET verdict = ?, notes = ?, found_by = ?, found_at = ?,
                    version = version + 1
                WHERE check_id = ? AND case_number = ? AND item_code = ? AND sampled = TRUE AND version = ?""")
                .params(finding.verdict().name(), finding.notes(), finding.foundBy(), utc(finding.foundAt()), id,
                        decision.caseNumber(), decision.itemCode(), version)
                .update() == 1;
    }

    Optional<SpotCheck> find(long id) {
        List<Drawn> population = jdbc.sql("""
                SELECT case_number, item_code, decided_by, decided_at, sampled, verdict, notes, found_by, found_at, version
                FROM supervision_spot_check_decision WHERE check_id = ? ORDER BY case_number, item_code""")
                .param(id).query((rs, n) -> drawn(rs)).list();
        return jdbc.sql("""
                SELECT id, department, period, rate, status, seed, seed_seq, opened_by, opened_at
                FROM supervision_spot_check WHERE id = ?""").param(id)
                .query((rs, n) -> {
                    Status stored = Status.valueOf(rs.getString("status"));
                    boolean complete = stored == Status.OPEN
                            && population.stream().filter(Drawn::sampled).allMatch(d -> d.finding() != null);
                    return new SpotCheck(rs.getLong("id"), rs.getString("department"),
                            SpotPeriod.parse(rs.getString("period")), rs.getBigDecimal("rate").stripTrailingZeros(),
                            complete ? Status.COMPLETED : stored, rs.getString("seed"), rs.getLong("seed_seq"),
                            rs.getString("opened_by"), instant(rs, "opened_at"), population);
                }).optional();
    }

    /** The checks of the departments (of every department when null), newest first, at most {@code limit}. */
    List<SpotCheckSummary> list(@Nullable Collection<String> departments, int limit) {
        if (departments != null && departments.isEmpty()) {
            return List.of();
        }
        String where = departments == null ? "" : " WHERE c.department IN (:departments)";
        var query = jdbc.sql("""
                SELECT c.id, c.department, c.period, c.rate, c.status, c.opened_by, c.opened_at,
                    COUNT(d.case_number) AS population,
                    SUM(CASE WHEN d.sampled THEN 1 ELSE 0 END) AS sample,
                    SUM(CASE WHEN d.sampled AND d.verdict IS NOT NULL THEN 1 ELSE 0 END) AS found
                FROM supervision_spot_check c LEFT JOIN supervision_spot_check_decision d ON d.check_id = c.id"""
                + where + """
                 GROUP BY c.id, c.department, c.period, c.rate, c.status, c.opened_by, c.opened_at
                ORDER BY c.opened_at DESC, c.id DESC""" + " FETCH FIRST " + limit + " ROWS ONLY");
        if (departments != null) {
            query = query.param("departments", List.copyOf(departments));
        }
        return query.query((rs, n) -> {
            Status stored = Status.valueOf(rs.getString("status"));
            int sample = rs.getInt("sample");
            int found = rs.getInt("found");
            return new SpotCheckSummary(rs.getLong("id"), rs.getString("department"), rs.getString("period"),
                    rs.getBigDecimal("rate").stripTrailingZeros(),
                    stored == Status.OPEN && found == sample ? Status.COMPLETED : stored, rs.getString("opened_by"),
                    instant(rs, "opened_at"), rs.getInt("population"), sample, found);
        }).list();
    }

    private static Drawn drawn(ResultSet rs) throws SQLException {
        String verdict = rs.getString("verdict");
        Finding finding = verdict == null ? null
                : new Finding(FindingVerdict.valueOf(verdict), rs.getString("notes"), rs.getString("found_by"),
                        instant(rs, "found_at"));
        return new Drawn(new DecisionKey(rs.getString("case_number"), rs.getString("item_code")),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getBoolean("sampled"), finding,
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
