package org.onevisit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.platform.DemoSeeds;
import org.onevisit.supervision.Dashboard;
import org.onevisit.supervision.DashboardFigures;
import org.onevisit.supervision.MonthTrend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo cases (ADR 0039), on a database of their own with the switch on: made at the start through the product's
 * own steps, on the test's day (Monday 19 October 2026); made once, however often the start runs; and the
 * dashboard's and the assessment's figures of the month are the product's own reckoning of them.
 */
@SpringBootTest(properties = {"onevisit.demo-cases=true",
    "spring.datasource.url=jdbc:h2:mem:demo-cases-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class DemoCasesTests {

    @Autowired
    DemoCases demoCases;

    @Autowired
    DemoSeeds seeds;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Intake intake;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    Dashboard dashboard;

    @Autowired
    Assessments assessments;

    @Autowired
    java.time.Clock clock;

    private List<IntakeCase> cases() {
        return intake.recent(500);
    }

    @Test
    void the_demo_cases_are_made_at_the_start_of_demo_applicants_in_several_departments_and_states() {
        List<IntakeCase> cases = cases();
        assertThat(cases).hasSizeBetween(40, 80);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.parties().applicant().name()).contains("演示");
            assertThat(c.parties().applicant().identifier()).contains(DemoApplicants.REGION);
            assertThat(java.time.LocalDate.ofInstant(c.application().createdAt(), clock.getZone()))
                    .isEqualTo(java.time.LocalDate.of(2026, 10, 19));
        });
        assertThat(cases.stream().flatMap(c -> c.application().departments().stream()).distinct())
                .contains("SCJG", "BDC", "SWJ", "ZJJ", "WJJ", "GAJ", "GJJ", "STHJ", "RSJ");
        assertThat(cases.stream().map(c -> c.application().channel()).distinct()).contains(Channel.COUNTER,
                Channel.WEB);
        Map<CaseStatus, Long> byStatus = cases.stream().collect(Collectors.groupingBy(IntakeCase::status,
                Collectors.counting()));
        assertThat(byStatus).containsKeys(CaseStatus.RECEIVED, CaseStatus.AWAITING_SUPPLEMENT, CaseStatus.ACCEPTED,
                CaseStatus.REFUSED);
        assertThat(cases).anySatisfy(c -> assertThat(c.answer().pledge()).isNotNull());
        List<ReviewTask> tasks = tasks(cases);
        assertThat(tasks).extracting(ReviewTask::status).contains(TaskStatus.OPEN, TaskStatus.AWAITING_CORRECTION,
                TaskStatus.CONSENTED);
    }

    @Test
    void a_second_start_makes_none_and_two_nodes_at_once_make_them_once() throws Exception {
        int before = cases().size();
        demoCases.load();
        assertThat(cases()).hasSize(before);

        // Two nodes claiming one seeding at once: the second waits for the first and finds it claimed.
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = nodes.submit(() -> transaction.execute(status -> {
                boolean mine = seeds.claim("demo-two-nodes");
                claimed.countDown();
                await(release);
                return mine;
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = nodes.submit(() -> transaction.execute(status -> seeds.claim("demo-two-nodes")));
            Thread.sleep(300);
            assertThat(second.isDone()).as("the second claim waits for the first transaction").isFalse();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            release.countDown();
            nodes.shutdownNow();
        }
        Boolean again = transaction.execute(status -> seeds.claim(DemoCases.SEED));
        assertThat(again).isFalse();
    }

    @Test
    void the_assessment_of_the_month_counts_the_demo_decisions_visits_and_ratings() {
        List<IntakeCase> cases = cases();
        long decided = cases.stream().mapToLong(c -> deciding.decisionsOf(c.number().value()).size()).sum();
        assertThat(decided).isGreaterThanOrEqualTo(15);

        List<AssessedUnit> units = assessments.of(AssessmentPeriod.parse("2026-10"), Assessments.By.DEPARTMENT,
                "supervisor").units();
        assertThat(units).extracting(AssessedUnit::department).contains("SCJG", "BDC", "SWJ");
        assertThat(units.stream().mapToInt(u -> u.onTime().denominator()).sum()).isEqualTo(decided);
        assertThat(units.stream().mapToInt(u -> u.onTime().numerator()).sum()).isEqualTo(decided);
        assertThat(units.stream().mapToInt(u -> u.instant().numerator()).sum()).isEqualTo(
                cases.stream().filter(c -> c.application().subject().equals("BA-SCJG-001")
                        || c.application().subject().equals("QT-SWJ-002")).count());
        long online = cases.stream().filter(c -> c.application().channel() == Channel.WEB)
                .filter(c -> !deciding.decisionsOf(c.number().value()).isEmpty()).count();
        assertThat(units.stream().mapToInt(u -> u.online().numerator()).sum()).isEqualTo(online);

        AssessedUnit scjg = units.stream().filter(u -> u.unit().equals("SCJG")).findFirst().orElseThrow();
        assertThat(scjg.badRatingsFixed().numerator()).isEqualTo(1);
        assertThat(scjg.badRatingsFixed().denominator()).isEqualTo(1);
        assertThat(scjg.goodRatings().denominator()).isEqualTo(5 + 2 + 1 + 1);
        assertThat(scjg.goodRatings().numerator()).isEqualTo(4 + 2 + 1 + 1);
        assertThat(scjg.complaints()).isEqualTo(1);
    }

    @Test
    void the_dashboard_shows_the_open_reviews_and_the_months_reviews_of_the_demo_cases() {
        List<ReviewTask> tasks = tasks(cases());
        DashboardFigures figures = dashboard.figures();
        assertThat(figures.openReviews()).isEqualTo(tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).count());
        MonthTrend october = figures.trend().get(figures.trend().size() - 1);
        assertThat(october.month()).isEqualTo(java.time.YearMonth.of(2026, 10));
        assertThat(october.opened()).isEqualTo(tasks.size());
        assertThat(october.answered()).isEqualTo(tasks.stream().filter(t -> t.status().done()).count());
        assertThat(october.answeredOnTime()).isEqualTo(october.answered());
    }

    private List<ReviewTask> tasks(List<IntakeCase> cases) {
        return cases.stream().flatMap(c -> reviewing.ofCase(c.number().value()).stream()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
