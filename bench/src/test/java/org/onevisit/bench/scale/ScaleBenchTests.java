package org.onevisit.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.casework.DepartmentKpi;
import org.onevisit.casework.Overseeing;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A few hundred generated cases on H2: the product reads them back as it wrote them itself, every staff query runs
 * through the product's facades and answers something sensible, and a whole run writes its two reports. No time is
 * asserted: this is a smoke test of the harness, not a benchmark.
 */
class ScaleBenchTests {

    private static final Instant NOW = ScaleSettings.DEFAULT_NOW;
    private static final LocalDate TODAY = LocalDate.parse("2026-10-19");

    @Test
    void generated_cases_read_back_through_the_product_and_every_staff_query_answers(@TempDir Path dir) throws Exception {
        ScaleSettings settings = new ScaleSettings("h2", 400, dir, 7, 1, 0, NOW);
        BenchDatabase db = BenchDatabase.h2(dir.resolve("db"));
        try (ConfigurableApplicationContext product = ProductContext.start(db, settings, new StatementCapture())) {
            CaseGenerator.Generated generated = new CaseGenerator(product, settings).generate();
            Intake intake = product.getBean(Intake.class);
            Reviewing reviewing = product.getBean(Reviewing.class);
            Overseeing overseeing = product.getBean(Overseeing.class);

            assertThat(generated.cases()).isEqualTo(400);
            assertThat(generated.casesByStatus()).containsKeys("COMPLETED", "REFUSED", "WITHDRAWN");
            assertThat(generated.tasksByStatus()).containsKeys("CONSENTED", "DEEMED_CONSENT", "OPEN");
            for (String number : generated.numbers().subList(0, 40)) {
                IntakeCase c = intake.find(number);
                assertThat(c.number().value()).isEqualTo(number);
                assertThat(c.dates().receivedOn() == null || c.dates().receivedOn().isBefore(TODAY)).isTrue();
                if (c.status() == CaseStatus.COMPLETED) {
                    assertThat(reviewing.ofCase(number)).isNotEmpty().allMatch(t -> t.status().done());
                    assertThat(c.answer().deadlines()).isNotNull();
                }
                if (!c.status().accepted() && c.status() != CaseStatus.COMPLETED && c.dates().acceptedOn() == null) {
                    assertThat(reviewing.ofCase(number)).isEmpty();
                }
            }

            String department = generated.tasksByDepartment().keySet().iterator().next();
            assertThat(reviewing.inbox(department, "supervisor", 200).tasks()).allSatisfy(t -> {
                assertThat(t.department()).isEqualTo(department);
                assertThat(t.status().done()).isFalse();
            });
            assertThat(overseeing.overdue(null, 0, 50)).allSatisfy(t -> {
                assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
                assertThat(t.clock().deadline()).isBefore(TODAY);
            });
            assertThat(overseeing.owedOpinionsPastDue(null, 0, 50)).allSatisfy(t -> {
                assertThat(t.status()).isEqualTo(TaskStatus.DEEMED_CONSENT);
                assertThat(t.owed().due()).isBefore(TODAY);
                assertThat(t.owed().given()).isFalse();
            });
            String identifier = generated.identifiers().get(0);
            assertThat(intake.ofApplicant(identifier, 50)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.parties().applicant().identifier()).isEqualTo(identifier));
            assertThat(overseeing.month(YearMonth.of(2026, 6))).isNotEmpty()
                    .allSatisfy(k -> assertThat(k.answeredOnTime() + k.deemedConsents()).isLessThanOrEqualTo(k.answered()))
                    .anySatisfy(k -> assertThat(k.averageWorkingDays()).isNotNull());
            assertThat(overseeing.month(YearMonth.of(2026, 6)).stream().mapToInt(DepartmentKpi::answered).sum()).isPositive();

            SplittableRandom random = new SplittableRandom(1);
            for (StaffQueries.Query q : StaffQueries.of(product, generated, TODAY)) {
                q.call().apply(random).run();
            }
            assertThat(reviewing.ofCase(generated.numbers().get(0))).extracting(ReviewTask::caseNumber)
                    .allMatch(generated.numbers().get(0)::equals);
        }
    }

    @Test
    void a_small_run_writes_its_figures_and_the_plans_of_the_products_own_statements(@TempDir Path dir) throws Exception {
        ScaleResult result = ScaleBench.run(new ScaleSettings("h2", 300, dir, 11, 3, 1, NOW));

        assertThat(result.cases()).isEqualTo(300);
        assertThat(result.readBack()).isPositive();
        assertThat(result.queries()).extracting(ScaleResult.QueryResult::name)
                .containsExactly("inbox", "overdue", "owed-opinions", "case-by-number", "cases-by-applicant", "month-kpis",
                        "recent-cases");
        assertThat(result.queries()).allSatisfy(q -> {
            assertThat(q.latency().calls()).isEqualTo(3);
            assertThat(q.plans()).isNotEmpty().allSatisfy(p -> assertThat(p.sql()).containsIgnoringCase("FROM"));
        });
        assertThat(result.queries().get(3).plans().get(0).sql()).contains("FROM intake_case WHERE number = ?");
        assertThat(result.queries().get(2).plans().get(0).sql()).contains("opinion_owed_by < ?");
        assertThat(Files.readString(dir.resolve("scale-h2.md"))).contains("| case-by-number |", "```sql");
        assertThat(Files.readString(dir.resolve("scale-h2.json"))).contains("\"casesPerSecond\"");
    }
}
