package org.onevisit;

import java.util.UUID;

import org.onevisit.supervision.DecisionKey;
import org.onevisit.supervision.ErrorCorrecting;
import org.onevisit.supervision.ErrorCorrection;
import org.onevisit.supervision.FindingVerdict;
import org.onevisit.supervision.SpotCheck;
import org.onevisit.supervision.SpotCheckOpening;
import org.onevisit.supervision.SpotFindings;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Corrections (纠错) of SCJG's delegated decisions for the corrections' pages: a decision of the demo chief
 * representative under delegation ({@link DelegatedDecisionsOnFile}), found in violation in a spot check the head of
 * SCJG opened, taken as far as the page needs.
 */
public class CorrectionsOnFile {

    /** How far a correction has gone. */
    public enum Stage {
        OPENED, PROPOSED, DETERMINED
    }

    private final ApplicationContext context;

    public CorrectionsOnFile(ApplicationContext context) {
        this.context = context;
    }

    /** A correction at the stage: its id. */
    public long at(Stage stage, int day) {
        new DelegatedDecisionsOnFile(context).decidedOn(day);
        SpotCheck check = context.getBean(SpotCheckOpening.class).open("SCJG", DelegatedDecisionsOnFile.MONTH, null,
                "corrections-" + UUID.randomUUID(), "scjg-head").check();
        DecisionKey decision = check.sample().get(check.sample().size() - 1).decision();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long version = jdbc.sql("SELECT version FROM supervision_spot_check_decision WHERE check_id = ? AND case_number = ?"
                + " AND item_code = ?").params(check.id(), decision.caseNumber(), decision.itemCode()).query(Long.class)
                .single();
        context.getBean(SpotFindings.class).record(check.id(), decision, FindingVerdict.VIOLATION,
                "附加条件遗漏经营场所限制", version, "scjg-head");
        long id = jdbc.sql("SELECT id FROM supervision_error_correction WHERE check_id = ?").param(check.id())
                .query(Long.class).single();
        ErrorCorrecting corrections = context.getBean(ErrorCorrecting.class);
        if (stage.compareTo(Stage.PROPOSED) >= 0) {
            corrections.hear(id, "试行首月，模板未列经营场所条件", version(id), "scjg-chief");
            corrections.correct(id, ErrorCorrection.Action.AMEND, true, "经营场所限于申请书所载地址", "当场决定时未核对经营场所",
                    version(id), "scjg-head");
            corrections.propose(id, true, "先行先试中缺乏经验，无私利", version(id), "scjg-head");
        }
        if (stage.compareTo(Stage.DETERMINED) >= 0) {
            corrections.determine(id, new ErrorCorrection.Conditions(true, true, true, true), "附加条件遗漏",
                    "改革先行先试中缺乏经验", ErrorCorrection.ExcusalResult.EXEMPTED, version(id), "scjg-head");
        }
        return id;
    }

    private long version(long id) {
        return context.getBean(JdbcClient.class).sql("SELECT version FROM supervision_error_correction WHERE id = ?")
                .param(id).query(Long.class).single();
    }
}
