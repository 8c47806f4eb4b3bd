package org.onevisit.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What supervision found in a period, counted for the performance assessment (绩效考核, REFERENCE §11): complaints
 * routed to each department and whether they were answered in time, the spot checks' findings of the decisions made in
 * the period, and the corrections of those decisions whose error was not excused (容错). Read only: it changes nothing
 * of a complaint, a check or a correction.
 */
@Service
@ReadOnly
public class SupervisionFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The complaints received from {@code from} to {@code to} (both included) that were routed to a department, by
     * department: how many, and how many of them were answered by their deadline.
     */
    public List<ComplaintCount> complaints(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT department, COUNT(*) AS received,
                       SUM(CASE WHEN answered_on IS NOT NULL AND answered_on <= answer_due THEN 1 ELSE 0 END) AS in_time
                FROM supervision_complaint
                WHERE department IS NOT NULL AND received_on >= ? AND received_on <= ?
                GROUP BY department ORDER BY department""")
                .params(from, to)
                .query((rs, n) -> new ComplaintCount(rs.getString("department"), rs.getInt("received"),
                        rs.getInt("in_time")))
                .list();
    }

    /**
     * The sampled decisions made from {@code from} to {@code to} that a spot check has found on, by department and the
     * official who decided: how many, and how many were found compliant (合规).
     */
    public List<FindingCount> findings(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT c.department, d.decided_by, COUNT(*) AS found,
                       SUM(CASE WHEN d.verdict = 'COMPLIANT' THEN 1 ELSE 0 END) AS compliant
                FROM supervision_spot_check_decision d JOIN supervision_spot_check c ON c.id = d.check_id
                WHERE d.sampled = TRUE AND d.verdict IS NOT NULL AND d.decided_at >= ? AND d.decided_at < ?
                GROUP BY c.department, d.decided_by ORDER BY c.department, d.decided_by""")
                .params(start(from), start(to.plusDays(1)))
                .query((rs, n) -> new FindingCount(rs.getString("department"), rs.getString("decided_by"),
                        rs.getInt("found"), rs.getInt("compliant")))
                .list();
    }

    /**
     * The corrections (纠错) of decisions made from {@code from} to {@code to} whose error was not excused (容错), by
     * department and the official who decided: an excused error does not count against them.
     */
    public List<CorrectionCount> correctionsNotExcused(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT department, decided_by, COUNT(*) AS corrections FROM supervision_error_correction
                WHERE excused = FALSE AND decided_at >= ? AND decided_at < ?
                GROUP BY department, decided_by ORDER BY department, decided_by""")
                .params(start(from), start(to.plusDays(1)))
                .query((rs, n) -> new CorrectionCount(rs.getString("department"), rs.getString("decided_by"),
                        rs.getInt("corrections")))
                .list();
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    /** A department's complaints of a period: received and routed to it, and answered by the deadline. */
    public record ComplaintCount(String department, int received, int answeredInTime) {
    }

    /** An official's sampled decisions of a period that were found on, and those found compliant (合规). */
    public record FindingCount(String department, String decidedBy, int found, int compliant) {
    }

    /** An official's corrections of a period whose error was not excused. */
    public record CorrectionCount(String department, String decidedBy, int corrections) {
    }
}
