package org.onevisit.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The decisions chief representatives took on the spot under their department's delegation, as the department's
 * supervision group spot-checks them ("谁授权、谁监管", ADR 0029): the department is the item's lead department, whose
 * delegation the decision was taken under.
 */
@Service
public class DelegatedDecisionRecords {

    private final JdbcClient jdbc;

    DelegatedDecisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every decision taken under the department's delegation at or after {@code from} and before {@code until}, in
     * the order of case number, then item code.
     */
    @ReadOnly
    public List<DelegatedDecision> of(String department, Instant from, Instant until) {
        return jdbc.sql("""
                SELECT case_number, item_code, decided_by, decided_at FROM casework_item_decision
                WHERE department = ? AND delegated = TRUE AND decided_at >= ? AND decided_at < ?
                ORDER BY case_number, item_code""")
                .params(department, OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .query((rs, n) -> new DelegatedDecision(rs.getString("case_number"), rs.getString("item_code"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
