package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.StaffAccounts;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** A case accepted at the counter is reviewed by its departments in parallel and decided by the lead department. */
@SpringBootTest
class ParallelReviewTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    DecisionDocuments documents;

    @Autowired
    StaffAccounts staff;

    @BeforeEach
    void the_item_and_its_reviewers_exist() {
        CaseworkFixtures.load(catalog, staff);
    }

    /** The case's review tasks: the plan commits with the acceptance. */
    private List<ReviewTask> tasksOf(String number) {
        return reviewing.ofCase(number);
    }

    private static ReviewTask of(List<ReviewTask> tasks, String department) {
        return tasks.stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow();
    }

    @Test
    void every_department_reviews_at_once_against_its_deadline_and_the_lead_decides() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();

        List<ReviewTask> tasks = tasksOf(number);
        assertThat(tasks).extracting(ReviewTask::department).containsExactlyInAnyOrder("TRVA", "TRVB");
        // Accepted Monday 2026-10-19; ten working days: 2026-11-02.
        assertThat(tasks).allSatisfy(t -> assertThat(t.clock().deadline()).isEqualTo(LocalDate.parse("2026-11-02")));

        reviewing.decide(of(tasks, "TRVB").id(), Opinion.OBJECTION, "排水方案不符合规范", "reviewer-trvb", null);
        assertThatThrownBy(() -> deciding.decide(number, CaseworkFixtures.ITEM, true, "", "reviewer-trva"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-reviews-pending"));
        reviewing.decide(of(tasks, "TRVA").id(), Opinion.CONSENT, "", "reviewer-trva", null);

        assertThatThrownBy(() -> deciding.decide(number, CaseworkFixtures.ITEM, true, "", "reviewer-trva"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-decision-reasons-missing"));
        assertThatThrownBy(() -> deciding.decide(number, CaseworkFixtures.ITEM, true, "经复核，排水方案已按规范调整", "reviewer-trvb"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-not-lead-department"));

        ItemDecided decided = deciding.decide(number, CaseworkFixtures.ITEM, true, "经复核，排水方案已按规范调整", "reviewer-trva");

        assertThat(decided.approved()).isTrue();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.render(number, CaseworkFixtures.ITEM))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("准予行政许可决定书").contains("决定准予许可").contains("排水方案不符合规范")
                    .contains("经复核，排水方案已按规范调整");
            // names, not codes or logins: the departments and the official who decided
            assertThat(text.replaceAll("\\s+", "")).contains("测试部门TRVA", "测试部门TRVB", "决定人", "审查员TRVA")
                    .doesNotContain("reviewer-trva");
        }
        assertThat(deciding.decisionsOf(number)).singleElement()
                .satisfies(d -> assertThat(d.itemCode()).isEqualTo(CaseworkFixtures.ITEM));
        assertThatThrownBy(() -> deciding.decide(number, CaseworkFixtures.ITEM, false, "重复", "reviewer-trva"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-item-decided"));
    }

    @Test
    void a_reviewer_of_another_department_cannot_answer_a_task() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        ReviewTask task = of(tasksOf(number), "TRVA");

        assertThatThrownBy(() -> reviewing.decide(task.id(), Opinion.CONSENT, "", "reviewer-trvb", null))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-not-your-department"));
    }

    @Test
    void of_two_officials_answering_one_task_at_once_exactly_one_answer_is_kept() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        ReviewTask task = of(tasksOf(number), "TRVB");
        var outcomes = new ConcurrentHashMap<String, String>();
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (String who : List.of("reviewer-trvb", "reviewer-trvb2")) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    reviewing.decide(task.id(), Opinion.CONSENT, "", who, task.version());
                    outcomes.put(who, "kept");
                } catch (DomainException e) {
                    outcomes.put(who, e.code());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertThat(outcomes.values()).containsExactlyInAnyOrder("kept", "casework-task-changed");
    }

    @Autowired
    CaseHandling closing;

    @Autowired
    org.onevisit.intake.CaseSupplements supplements;

    @Test
    void an_applicant_withdraws_an_accepted_case_before_its_decision_and_the_reviews_close() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        tasksOf(number);

        supplements.withdrawAccepted(number, "申请人决定暂缓办理", "撤回申请 2026-0042",
                new org.onevisit.intake.CounterDecisions.Act("clerk", org.onevisit.intake.Channel.COUNTER, null));

        assertThat(intake.find(number).status()).isEqualTo(org.onevisit.intake.CaseStatus.WITHDRAWN);
        assertThat(reviewing.ofCase(number)).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.CLOSED));
    }

    @Test
    void a_case_with_a_decided_item_can_no_longer_be_terminated() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        for (ReviewTask t : tasksOf(number)) {
            reviewing.decide(t.id(), Opinion.CONSENT, "", t.department().equals("TRVA") ? "reviewer-trva" : "reviewer-trvb", null);
        }
        deciding.decide(number, CaseworkFixtures.ITEM, true, "", "reviewer-trva");

        assertThatThrownBy(() -> closing.terminate(number, "违法情形", CaseworkFixtures.CHIEF))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-already-decided"));
    }

    /**
     * A case terminated at the same moment as its item is decided: either the decision stands and the termination is
     * refused, or the case is terminated and the decision refused — never a terminated case with a decision.
     */
    @Test
    void a_case_decided_and_terminated_at_the_same_moment_ends_one_way_only() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 6; attempt++) {
                String number = CaseworkFixtures.accepted(intake, decisions).number().value();
                for (ReviewTask t : tasksOf(number)) {
                    reviewing.decide(t.id(), Opinion.CONSENT, "", t.department().equals("TRVA") ? "reviewer-trva" : "reviewer-trvb",
                            null);
                }
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                var decided = pool.submit(() -> {
                    together.await();
                    return deciding.decide(number, CaseworkFixtures.ITEM, true, "", "reviewer-trva");
                });
                var terminated = pool.submit(() -> {
                    together.await();
                    closing.terminate(number, "违法情形", CaseworkFixtures.CHIEF);
                    return true;
                });
                boolean decidedOk = succeeded(decided);
                boolean terminatedOk = succeeded(terminated);
                assertThat(decidedOk ^ terminatedOk).as("case %s: decided %s, terminated %s", number, decidedOk, terminatedOk)
                        .isTrue();
                assertThat(deciding.decisionsOf(number).isEmpty()).isEqualTo(terminatedOk);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Whether the act succeeded; a refusal in the user's language is the other way it may end. */
    private static boolean succeeded(java.util.concurrent.Future<?> act) throws InterruptedException {
        try {
            act.get();
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(DomainException.class);
            return false;
        }
    }
}
