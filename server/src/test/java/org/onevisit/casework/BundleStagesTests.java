package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.DeliveryStatus;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.TestOfficials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real-estate transaction bundle of the demo catalog (二手房交易登记一件事): one visit at the counter, the first
 * stage's departments review in parallel, and the transfer registration waits for them.
 */
@SpringBootTest
class BundleStagesTests {

    @Autowired
    StaffAccounts staff;

    private static final String BUNDLE = "YJS-BDCJY";

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    Deliveries deliveries;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /** A bundle case handed in with every material and accepted at the counter. */
    private IntakeCase acceptedCase(String applicantName) {
        IntakeCase c = intake.submit(aCase().ofBundle(BUNDLE).asBuyerWithASeller()
                .withApplicant(aPerson().named(applicantName).withPhone("13000006667"))
                .providingAll(intake.materialsOf(BUNDLE, true)).build(), "clerk");
        decisions.accept(c.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return c;
    }

    /** Acts on each of the things from a thread of its own, all released at the same moment; waits for them all. */
    private static <T> void together(ExecutorService pool, List<T> things, java.util.function.Consumer<T> act) throws Exception {
        CyclicBarrier start = new CyclicBarrier(things.size());
        List<Future<?>> acts = new ArrayList<>();
        for (T thing : things) {
            acts.add(pool.submit(() -> {
                start.await();
                act.accept(thing);
                return null;
            }));
        }
        for (Future<?> f : acts) {
            f.get();
        }
    }

    @Test
    void a_later_stage_opens_when_every_review_of_the_stages_before_it_is_in() throws Exception {
        IntakeCase c = intake.submit(aCase().ofBundle(BUNDLE).asBuyerWithASeller()
                .withApplicant(aPerson().named("陈十二").withPhone("13000006666"))
                .providingAll(intake.materialsOf(BUNDLE, true)).build(), "clerk");
        IntakeCase accepted = decisions.accept(c.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(accepted.visitCount()).isEqualTo(1);

        List<ReviewTask> tasks = reviewing.ofCase(c.number().value());
        Set<String> firstStage = tasks.stream().filter(t -> t.terms().stageOrder() == 0).map(ReviewTask::department)
                .collect(Collectors.toSet());
        assertThat(firstStage).contains("ZJJ", "SWJ");
        assertThat(tasks).filteredOn(t -> t.terms().stageOrder() == 0).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(tasks).filteredOn(t -> t.terms().stageOrder() > 0).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.WAITING));

        for (ReviewTask t : tasks.stream().filter(t -> t.terms().stageOrder() == 0).toList()) {
            reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null);
        }

        List<ReviewTask> after = reviewing.ofCase(c.number().value());
        assertThat(after).filteredOn(t -> t.terms().stageOrder() == 1).isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(after).filteredOn(t -> t.terms().stageOrder() == 2).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.WAITING));
    }

    /**
     * Two departments answering the last reviews of a stage at the same moment: each answer's transaction sees the
     * other's still open, yet the next stage must open. Tried on several cases, both answers released together.
     */
    @Test
    void the_last_two_reviews_of_a_stage_answered_at_once_still_open_the_next_stage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 8; attempt++) {
                IntakeCase c = acceptedCase("陈十三");
                List<ReviewTask> first = reviewing.ofCase(c.number().value()).stream().filter(t -> t.terms().stageOrder() == 0).toList();
                assertThat(first).hasSizeGreaterThanOrEqualTo(2);
                for (ReviewTask t : first.subList(0, first.size() - 2)) {
                    reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null);
                }
                together(pool, first.subList(first.size() - 2, first.size()),
                        t -> reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null));
                assertThat(reviewing.ofCase(c.number().value())).filteredOn(t -> t.terms().stageOrder() == 1).isNotEmpty()
                        .allSatisfy(t -> assertThat(t.status()).as("stage 2 of %s", c.number().value())
                                .isEqualTo(TaskStatus.OPEN));
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The last two items of a bundle decided by their departments at the same moment: each decision's transaction
     * sees the other item still undecided, yet the case is decided once and its delivery opens.
     */
    @Test
    void the_last_two_items_decided_at_once_still_decide_the_case() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 4; attempt++) {
                IntakeCase c = acceptedCase("陈十四");
                String number = c.number().value();
                List<ReviewTask> open = reviewing.ofCase(number);
                while (open.stream().anyMatch(t -> t.status() == TaskStatus.OPEN)) {
                    for (ReviewTask t : open.stream().filter(t -> t.status() == TaskStatus.OPEN).toList()) {
                        reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null);
                    }
                    open = reviewing.ofCase(number);
                }
                List<org.onevisit.intake.CaseItem> items = c.application().items();
                for (var item : items.subList(0, items.size() - 2)) {
                    deciding.decide(number, item.code(), true, "", TestOfficials.of(staff, item.department()));
                }
                items.forEach(item -> TestOfficials.of(staff, item.department()));
                together(pool, items.subList(items.size() - 2, items.size()),
                        item -> deciding.decide(number, item.code(), true, "", TestOfficials.of(staff, item.department())));
                assertThat(deliveries.find(number).status()).as("delivery of %s", number).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Autowired
    CaseHandling handling;

    @Test
    void the_same_acceptance_again_plans_nothing_more() throws Exception {
        IntakeCase c = acceptedCase("林十四");
        String number = c.number().value();
        List<ReviewTask> planned = reviewing.ofCase(number);
        CaseFile file = handling.find(number).orElseThrow();
        AcceptedCase again = new AcceptedCase(number, BUNDLE, file.facts().subjectName(), true, file.facts().items(),
                file.facts().holder(), file.clock().acceptedOn(), false, file.clock().promised(), file.clock().legal(),
                false, null);

        transactions.executeWithoutResult(status -> handling.open(again));

        assertThat(reviewing.ofCase(number)).containsExactlyElementsOf(planned);
    }
}
