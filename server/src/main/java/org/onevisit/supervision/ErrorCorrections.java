package org.onevisit.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.supervision.ErrorCorrection.Action;
import org.onevisit.supervision.ErrorCorrection.Appeal;
import org.onevisit.supervision.ErrorCorrection.Conditions;
import org.onevisit.supervision.ErrorCorrection.CorrectiveDecision;
import org.onevisit.supervision.ErrorCorrection.Determination;
import org.onevisit.supervision.ErrorCorrection.ExcusalResult;
import org.onevisit.supervision.ErrorCorrection.Hearing;
import org.onevisit.supervision.ErrorCorrection.Proposal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the corrections (纠错) that spot checks' findings of violation opened, and their course. Every change is made
 * at the version the person saw: false when someone changed the correction meanwhile.
 */
@Repository
class ErrorCorrections {

    private static final String COLUMNS = """
            id, check_id, case_number, item_code, department, decided_by, decided_at, state, grounds, opened_by,
            opened_at, version, action, approved_after, decision_text, cause_analysis, revoked_certificate,
            reissued_certificate, corrected_by, corrected_at, statement, heard_by, heard_at, proposed_excuse,
            proposal_reasons, proposed_by, proposed_at, procedure_followed, no_personal_gain, no_collusion,
            corrected_on_own_initiative, excusal_matter, excusal_situation, determination, determined_by, determined_at,
            appeal_grounds, appealed_at, appeal_result, appeal_reasons, appeal_decided_by, appeal_decided_at, excused""";

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
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_error_correction WHERE check_id = ? ORDER BY id")
                .param(checkId).query(ErrorCorrections::read).list();
    }

    Optional<ErrorCorrection> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_error_correction WHERE id = ?").param(id)
                .query(ErrorCorrections::read).optional();
    }

    /**
     * The corrections of the departments (every department when null), or of the decisions the official took, newest
     * first, in the state if given; at most {@code limit}.
     */
    List<ErrorCorrection> list(@Nullable Collection<String> departments, @Nullable String decidedBy,
            ErrorCorrection.@Nullable State state, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM supervision_error_correction WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (departments != null || decidedBy != null) {
            sql.append(" AND (1 = 0");
            if (departments != null && !departments.isEmpty()) {
                sql.append(" OR department IN (").append(String.join(", ", departments.stream().map(d -> "?").toList()))
                        .append(")");
                params.addAll(departments);
            }
            if (decidedBy != null) {
                sql.append(" OR decided_by = ?");
                params.add(decidedBy);
            }
            sql.append(")");
        }
        if (state != null) {
            sql.append(" AND state = ?");
            params.add(state.name());
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(ErrorCorrections::read).list();
    }

    boolean corrected(long id, long version, CorrectiveDecision d) {
        return jdbc.sql("""
                UPDATE supervision_error_correction SET state = ?, action = ?, approved_after = ?, decision_text = ?,
                    cause_analysis = ?, revoked_certificate = ?, reissued_certificate = ?, corrected_by = ?,
                    corrected_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(ErrorCorrection.State.CORRECTED.name(), d.action().name(), d.approvedAfter(), d.text(),
                        d.causeAnalysis(), d.revokedCertificate(), d.reissuedCertificate(), d.by(), utc(d.at()), id,
                        version)
                .update() == 1;
    }

    boolean heard(long id, long version, Hearing h) {
        return jdbc.sql("""
                UPDATE supervision_error_correction SET statement = ?, heard_by = ?, heard_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(h.statement(), h.recordedBy(), utc(h.at()), id, version).update() == 1;
    }

    boolean proposed(long id, long version, Proposal p) {
        return jdbc.sql("""
                UPDATE supervision_error_correction SET proposed_excuse = ?, proposal_reasons = ?, proposed_by = ?,
                    proposed_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(p.excuse(), p.reasons(), p.by(), utc(p.at()), id, version).update() == 1;
    }

    boolean determined(long id, long version, Determination d) {
        Conditions c = d.conditions();
        return jdbc.sql("""
                UPDATE supervision_error_correction SET procedure_followed = ?, no_personal_gain = ?, no_collusion = ?,
                    corrected_on_own_initiative = ?, excusal_matter = ?, excusal_situation = ?, determination = ?,
                    determined_by = ?, determined_at = ?, excused = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(c.procedureFollowed(), c.noPersonalGain(), c.noCollusion(), c.correctedOnOwnInitiative(),
                        d.matter(), d.situation(), d.result().name(), d.by(), utc(d.at()), d.result().excuses(), id,
                        version)
                .update() == 1;
    }

    boolean appealed(long id, long version, String grounds, Instant at) {
        return jdbc.sql("""
                UPDATE supervision_error_correction SET appeal_grounds = ?, appealed_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND appealed_at IS NULL""")
                .params(grounds, utc(at), id, version).update() == 1;
    }

    boolean appealDecided(long id, long version, Conditions c, ExcusalResult result, String reasons, String by,
            Instant at) {
        return jdbc.sql("""
                UPDATE supervision_error_correction SET procedure_followed = ?, no_personal_gain = ?, no_collusion = ?,
                    corrected_on_own_initiative = ?, appeal_result = ?, appeal_reasons = ?, appeal_decided_by = ?,
                    appeal_decided_at = ?, excused = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(c.procedureFollowed(), c.noPersonalGain(), c.noCollusion(), c.correctedOnOwnInitiative(),
                        result.name(), reasons, by, utc(at), result.excuses(), id, version)
                .update() == 1;
    }

    private static ErrorCorrection read(ResultSet rs, int n) throws SQLException {
        String action = rs.getString("action");
        CorrectiveDecision corrective = action == null ? null : new CorrectiveDecision(Action.valueOf(action),
                rs.getBoolean("approved_after"), text(rs, "decision_text"), text(rs, "cause_analysis"),
                rs.getString("revoked_certificate"), rs.getString("reissued_certificate"), rs.getString("corrected_by"),
                instant(rs, "corrected_at"));
        String heardBy = rs.getString("heard_by");
        Hearing hearing = heardBy == null ? null : new Hearing(text(rs, "statement"), heardBy, instant(rs, "heard_at"));
        String proposedBy = rs.getString("proposed_by");
        Proposal proposal = proposedBy == null ? null : new Proposal(rs.getBoolean("proposed_excuse"),
                text(rs, "proposal_reasons"), proposedBy, instant(rs, "proposed_at"));
        String determination = rs.getString("determination");
        Determination determined = determination == null ? null : new Determination(
                new Conditions(rs.getBoolean("procedure_followed"), rs.getBoolean("no_personal_gain"),
                        rs.getBoolean("no_collusion"), rs.getBoolean("corrected_on_own_initiative")),
                text(rs, "excusal_matter"), text(rs, "excusal_situation"), ExcusalResult.valueOf(determination),
                rs.getString("determined_by"), instant(rs, "determined_at"));
        String appealResult = rs.getString("appeal_result");
        Appeal appeal = rs.getObject("appealed_at") == null ? null : new Appeal(text(rs, "appeal_grounds"),
                instant(rs, "appealed_at"), appealResult == null ? null : ExcusalResult.valueOf(appealResult),
                text(rs, "appeal_reasons"), rs.getString("appeal_decided_by"),
                rs.getObject("appeal_decided_at") == null ? null : instant(rs, "appeal_decided_at"));
        return new ErrorCorrection(rs.getLong("id"), rs.getLong("check_id"),
                new DecisionKey(rs.getString("case_number"), rs.getString("item_code")), rs.getString("department"),
                rs.getString("decided_by"), instant(rs, "decided_at"), ErrorCorrection.State.valueOf(rs.getString("state")),
                rs.getString("grounds"), rs.getString("opened_by"), instant(rs, "opened_at"), rs.getLong("version"),
                corrective, hearing, proposal, determined, appeal, rs.getBoolean("excused"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
