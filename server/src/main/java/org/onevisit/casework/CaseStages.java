package org.onevisit.casework;

import java.util.Arrays;
import java.util.List;

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
     * Inserts a case's plan unless the case has one: false, and nothing written, when it has. Two plans inserted at
     * the same moment collide on the table's unique key.
     */
    boolean insertUnlessPlanned(String caseNumber, List<CaseStage> stages) {
        CaseStage first = stages.get(0);
        boolean inserted = jdbc.sql("""
                INSERT INTO casework_stage (case_number, stage_key, name, after_keys, position)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)
                WHERE NOT EXISTS (SELECT 1 FROM casework_stage WHERE case_number = ?)""")
                .params(caseNumber, first.key(), first.name(), String.join(",", first.after()), first.position(), caseNumber)
                .update() == 1;
        if (inserted) {
            for (CaseStage s : stages.subList(1, stages.size())) {
                jdbc.sql("INSERT INTO casework_stage (case_number, stage_key, name, after_keys, position) VALUES (?, ?, ?, ?, ?)")
                        .params(caseNumber, s.key(), s.name(), String.join(",", s.after()), s.position()).update();
            }
        }
        return inserted;
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

    private List<CaseStage> read(String caseNumber, String lock) {
        return jdbc.sql("SELECT stage_key, name, after_keys, position FROM casework_stage WHERE case_number = ? ORDER BY position"
                        + lock)
                .param(caseNumber)
                .query((rs, n) -> new CaseStage(rs.getString("stage_key"), rs.getString("name"),
                        rs.getString("after_keys").isBlank() ? List.of()
                                : Arrays.asList(rs.getString("after_keys").split(",")),
                        rs.getInt("position")))
                .list();
    }
}
