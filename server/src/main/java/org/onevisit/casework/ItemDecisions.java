package org.onevisit.casework;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.platform.RoundTrips;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the decisions on a case's items, one an item: a second decision on the same item is refused. */
@Repository
class ItemDecisions {

    private final JdbcClient jdbc;
    private final CaseStages stages;

    ItemDecisions(JdbcClient jdbc, CaseStages stages) {
        this.jdbc = jdbc;
        this.stages = stages;
    }

    /** Records the decision of the item's lead department; false when the item was decided already. */
    boolean insert(String caseNumber, String department, Deciding.Decision d) {
        try {
            jdbc.sql("""
                    INSERT INTO casework_item_decision (case_number, item_code, approved, reasons, decided_by, decided_at,
                        delegated, department)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseNumber, d.itemCode(), d.approved(), d.reasons(), d.decidedBy(),
                            OffsetDateTime.ofInstant(d.decidedAt(), ZoneOffset.UTC), d.delegated(), department).update();
            return true;
        } catch (DuplicateKeyException decidedMeanwhile) {
            return false;
        }
    }

    /**
     * Records a corrective decision on the item's decision (纠错): its outcome and text as corrected, or that it was
     * revoked, by whom and when. The caller holds the case's lock.
     */
    void correct(String caseNumber, String itemCode, boolean approved, String reasons, boolean revoked, String by,
            java.time.Instant at) {
        jdbc.sql("""
                UPDATE casework_item_decision SET approved = ?, reasons = ?, revoked = ?, corrected_by = ?, corrected_at = ?
                WHERE case_number = ? AND item_code = ?""")
                .params(approved, reasons, revoked, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), caseNumber, itemCode)
                .update();
    }

    /** A corrective decision (纠错) recorded on an item's decision: revoked or amended, by whom and when. */
    record Correction(boolean revoked, String by, java.time.Instant at) {
    }

    /** The corrective decision on the item's decision; empty when it was never corrected. */
    java.util.Optional<Correction> correctionOf(String caseNumber, String itemCode) {
        return jdbc.sql("""
                SELECT revoked, corrected_by, corrected_at FROM casework_item_decision
                WHERE case_number = ? AND item_code = ? AND corrected_at IS NOT NULL""")
                .params(caseNumber, itemCode)
                .query((rs, n) -> new Correction(rs.getBoolean("revoked"), rs.getString("corrected_by"),
                        rs.getObject("corrected_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Whether the item's decision was revoked by a corrective decision. */
    boolean revoked(String caseNumber, String itemCode) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_item_decision WHERE case_number = ? AND item_code = ? AND revoked")
                .params(caseNumber, itemCode).query(Long.class).single() > 0;
    }

    /** The decisions taken on the case's items so far, in the order they were taken. */
    List<Deciding.Decision> of(String caseNumber) {
        return jdbc.sql(OF_CASE).param(caseNumber).query(ItemDecisions::decision).list();
    }

    private static final String OF_CASE = "SELECT item_code, approved, reasons, decided_by, decided_at, delegated"
            + " FROM casework_item_decision WHERE case_number = ? ORDER BY decided_at";

    /** {@link #of} as a statement to send with others ({@link RoundTrips}). */
    static RoundTrips.Statement<Deciding.Decision> ofStatement(String caseNumber) {
        return RoundTrips.Statement.query(OF_CASE, ItemDecisions::decision, caseNumber);
    }

    private static Deciding.Decision decision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Deciding.Decision(rs.getString("item_code"), rs.getBoolean("approved"), rs.getString("reasons"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("delegated"));
    }

    /**
     * Locks the case's stages until the transaction ends, so that deciding the case's items and closing the case
     * happen one at a time: of two items decided at the same moment, the second reads the first's decision; a case
     * decided and terminated at the same moment ends one way only. Take it before reading what is checked; a
     * transaction that also changes review tasks changes them before it takes this lock, as answering a review does.
     * Returns the case's plan as locked.
     */
    List<CaseStage> lockCase(String caseNumber) {
        return stages.lockedOf(caseNumber);
    }
}
