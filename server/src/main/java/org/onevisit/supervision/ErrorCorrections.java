package org.onevisit.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the corrections (纠错) that spot checks' findings of violation opened. */
@Repository
class ErrorCorrections {

    private final JdbcClient jdbc;

    ErrorCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the correction of a decision found in violation: its id. */
    long open(long checkId, String department, SpotCheck.Drawn decision, String grounds, String by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO supervision_error_correction (check_id, case_number, item_code, department, decided_by,
                    decided_at, state, grounds, opened_by, opened_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(checkId, decision.decision().caseNumber(), decision.decision().itemCode(), department,
                        decision.decidedBy(), utc(decision.decidedAt()), ErrorCorrection.State.OPENED.name(), grounds, by,
                        utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The corrections a check's findings opened, oldest first. */
    List<ErrorCorrection> ofCheck(long checkId) {
        return jdbc.sql("""
                SELECT id, check_id, case_number, item_code, department, decided_by, decided_at, state, grounds, opened_by,
                    opened_at, version
                FROM supervision_error_correction WHERE check_id = ? ORDER BY id""")
                .param(checkId)
                .query((rs, n) -> new ErrorCorrection(rs.getLong("id"), rs.getLong("check_id"),
                        new DecisionKey(rs.getString("case_number"), rs.getString("item_code")), rs.getString("department"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                        ErrorCorrection.State.valueOf(rs.getString("state")), rs.getString("grounds"),
                        rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("version")))
                .list();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
