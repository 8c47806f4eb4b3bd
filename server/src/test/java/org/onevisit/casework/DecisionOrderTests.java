package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.casework.ReviewTaskBuilder.aReviewTask;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.CaseStages.CaseStage;

/** A bundle's items are decided in the order of its plan, through every stage a stage waits for. */
class DecisionOrderTests {

    // S1 → S2 → S3, and S4 beside them waiting for nothing.
    private static final List<CaseStage> PLAN = List.of(new CaseStage("S1", "备案", List.of(), 0),
            new CaseStage("S2", "用地", List.of("S1"), 1), new CaseStage("S3", "规划", List.of("S2"), 2),
            new CaseStage("S4", "其他", List.of(), 3));

    private static final List<ReviewTask> TASKS = List.of(task("A-1", "S1", 0), task("B-1", "S2", 1), task("B-2", "S2", 1),
            task("B-2", "S2", 1), task("C-1", "S3", 2), task("D-1", "S4", 3));

    private static ReviewTask task(String item, String stage, int order) {
        return aReviewTask().of(item).by("D" + item).inStage(stage, order).answered(TaskStatus.CONSENTED).build();
    }

    @Test
    void an_item_waits_for_the_items_of_every_earlier_stage_the_first_of_them_named() {
        assertThat(DecisionOrder.firstUndecidedBefore("C-1", PLAN, TASKS, Set.of())).contains("A-1");
        assertThat(DecisionOrder.firstUndecidedBefore("C-1", PLAN, TASKS, Set.of("A-1", "B-1"))).contains("B-2");
        assertThat(DecisionOrder.firstUndecidedBefore("C-1", PLAN, TASKS, Set.of("A-1", "B-1", "B-2"))).isEmpty();
    }

    @Test
    void an_item_of_a_first_stage_or_of_a_stage_beside_the_others_waits_for_nothing() {
        assertThat(DecisionOrder.firstUndecidedBefore("A-1", PLAN, TASKS, Set.of())).isEmpty();
        assertThat(DecisionOrder.firstUndecidedBefore("D-1", PLAN, TASKS, Set.of())).isEmpty();
    }
}
