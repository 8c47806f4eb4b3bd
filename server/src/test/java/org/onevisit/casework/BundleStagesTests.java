package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real-estate transaction bundle of the demo catalog (二手房交易登记一件事): one visit at the counter, the first
 * stage's departments review in parallel, and the transfer registration waits for them.
 */
@SpringBootTest
class BundleStagesTests {

    private static final String BUNDLE = "YJS-BDCJY";

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    private List<ReviewTask> waitForTasks(String number) throws InterruptedException {
        for (int i = 0; i < 200 && reviewing.ofCase(number).isEmpty(); i++) {
            Thread.sleep(50);
        }
        return reviewing.ofCase(number);
    }

    @Test
    void a_later_stage_opens_when_every_review_of_the_stages_before_it_is_in() throws Exception {
        Map<String, MaterialStatus> all = intake.materialsOf(BUNDLE, true).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        IntakeCase c = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, BUNDLE, true,
                new Applicant(false, TestIdentities.aResidentIdNumber(), "陈十二", "13000006666", null), null, Map.of(), all,
                false, null), "clerk");
        IntakeCase accepted = decisions.accept(c.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(accepted.visitCount()).isEqualTo(1);

        List<ReviewTask> tasks = waitForTasks(c.number().value());
        Set<String> firstStage = tasks.stream().filter(t -> t.stageOrder() == 0).map(ReviewTask::department)
                .collect(Collectors.toSet());
        assertThat(firstStage).contains("ZJJ", "SWJ");
        assertThat(tasks).filteredOn(t -> t.stageOrder() == 0).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(tasks).filteredOn(t -> t.stageOrder() > 0).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.WAITING));

        for (ReviewTask t : tasks.stream().filter(t -> t.stageOrder() == 0).toList()) {
            reviewing.decide(t.id(), Opinion.CONSENT, "", "admin", null);
        }

        List<ReviewTask> after = reviewing.ofCase(c.number().value());
        assertThat(after).filteredOn(t -> t.stageOrder() == 1).isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(after).filteredOn(t -> t.stageOrder() == 2).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.WAITING));
    }

    /**
     * Two departments answering the last reviews of a stage at the same moment: each answer's transaction sees the
     * other's still open, yet the next stage must open. Tried on several cases, both answers released together.
     */
    @Test
    void the_last_two_reviews_of_a_stage_answered_at_once_still_open_the_next_stage() throws Exception {
        Map<String, MaterialStatus> all = intake.materialsOf(BUNDLE, true).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 8; attempt++) {
                IntakeCase c = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, BUNDLE, true,
                        new Applicant(false, TestIdentities.aResidentIdNumber(), "陈十三", "13000006667", null), null, Map.of(),
                        all, false, null), "clerk");
                decisions.accept(c.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
                List<ReviewTask> first = waitForTasks(c.number().value()).stream().filter(t -> t.stageOrder() == 0).toList();
                assertThat(first).hasSizeGreaterThanOrEqualTo(2);
                for (ReviewTask t : first.subList(0, first.size() - 2)) {
                    reviewing.decide(t.id(), Opinion.CONSENT, "", "admin", null);
                }
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ReviewTask>> answers = new ArrayList<>();
                for (ReviewTask t : first.subList(first.size() - 2, first.size())) {
                    answers.add(pool.submit(() -> {
                        together.await();
                        return reviewing.decide(t.id(), Opinion.CONSENT, "", "admin", null);
                    }));
                }
                for (Future<ReviewTask> answer : answers) {
                    answer.get();
                }
                assertThat(reviewing.ofCase(c.number().value())).filteredOn(t -> t.stageOrder() == 1).isNotEmpty()
                        .allSatisfy(t -> assertThat(t.status()).as("stage 2 of %s", c.number().value())
                                .isEqualTo(TaskStatus.OPEN));
            }
        } finally {
            pool.shutdown();
        }
    }
}
