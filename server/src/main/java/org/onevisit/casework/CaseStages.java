package org.onevisit.casework;

import java.util.Arrays;
import java.util.List;

import org.onevisit.platform.RoundTrips;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stages of each accepted case's plan, copied from the catalog at acceptance. */
@Repository
class CaseStages {

    /** A stage of a case and the stages it waits for. */
    record CaseStage(String key, String name, List<String> after, int position) {
    }

    private final JdbcClient jdbc;

    CaseStages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The inserts of a case's plan, to send with the case's file and tasks (ADR 0047): each writes nothing where the
     * case has its stage already. Two plans inserted at the same moment collide on the table's unique key.
     */
    static List<RoundTrips.Statement<?>> insertUnlessPlanned(String caseNumber, List<CaseStage> stages) {
        List<RoundTrips.Statement<?>> inserts = new java.util.ArrayList<>();
        CaseStage first = stages.get(0);
        inserts.add(RoundTrips.Statement.change("""
                INSERT INTO casework_stage (case_number, stage_key, name, after_keys, position)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)
                WHERE NOT EXISTS (SELECT 1 FROM casework_stage WHERE case_number = ?)""",
                caseNumber, first.key(), first.name(), String.join(",", first.after()), first.position(), caseNumber));
        // the later stages go in with the first: each only where the case has no stage of its key yet
        for (CaseStage s : stages.subList(1, stages.size())) {
            inserts.add(RoundTrips.Statement.change("""
                    INSERT INTO casework_stage (case_number, stage_key, name, after_keys, position)
                    SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)
                    WHERE NOT EXISTS (SELECT 1 FROM casework_stage WHERE case_number = ? AND stage_key = ?)""",
                    caseNumber, s.key(), s.name(), String.join(",", s.after()), s.position(), caseNumber, s.key()));
        }
        return inserts;
    }

    List<CaseStage> of(String caseNumber) {
        return read(caseNumber, "");
    }

    /**
     * The stages of the case, locked until the transaction ends: whoever opens the case's next stages does so alone,
     * and the next in line reads what the one before committed.
     */
    List<CaseStage> lockedOf(String caseNumber) {
        return read(caseNumber, " FOR UPDATE");
    }

    /** {@link #lockedOf} as a statement to send with others ({@link RoundTrips}). */
    static RoundTrips.Statement<CaseStage> lockedOfStatement(String caseNumber) {
        return RoundTrips.Statement.query(select(" FOR UPDATE"), CaseStages::stage, caseNumber);
    }

    private List<CaseStage> read(String caseNumber, String lock) {
        return jdbc.sql(select(lock)).param(caseNumber).query(CaseStages::stage).list();
    }

    private static String select(String lock) {
        return "SELECT stage_key, name, after_keys, position FROM casework_stage WHERE case_number = ? ORDER BY position" + lock;
    }

    private static CaseStage stage(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseStage(rs.getString("stage_key"), rs.getString("name"),
                rs.getString("after_keys").isBlank() ? List.of() : Arrays.asList(rs.getString("after_keys").split(",")),
                rs.getInt("position"));
    }
}
