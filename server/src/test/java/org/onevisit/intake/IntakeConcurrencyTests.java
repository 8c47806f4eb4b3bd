package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Nothing is lost and nothing doubles when requests arrive at once. */
@SpringBootTest
class IntakeConcurrencyTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    /** Another clerk at the counter, beside the demo clerk. */
    private static final String SECOND_CLERK = "clerk-tcon";

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TCON", 9302) + "items:\n"
                + TestCatalogs.item("XK-TCON-001", "并发测试事项", "ADMINISTRATIVE_LICENCE", "TCON", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    private static Submission submission(String key, String idNumber, Map<String, MaterialStatus> materials) {
        return aCase().of("XK-TCON-001").on(Channel.KIOSK).withIdempotencyKey(key)
                .withApplicant(aPerson().identifiedBy(idNumber).named("钱七").withPhone("13600001111"))
                .withMaterials(materials).build();
    }

    private static <T> List<T> atOnce(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    @Test
    void identical_submissions_arriving_at_once_make_one_case() throws Exception {
        Submission s = submission(UUID.randomUUID().toString(), TestIdentities.aResidentIdNumber(), Map.of());

        List<String> numbers = atOnce(6, () -> intake.submit(s, "clerk").number().value());

        assertThat(Set.copyOf(numbers)).hasSize(1);
    }

    @Test
    void submissions_at_once_get_distinct_case_numbers() throws Exception {
        List<String> numbers = atOnce(6, () -> intake.submit(submission(UUID.randomUUID().toString(),
                TestIdentities.aResidentIdNumber(), Map.of()), "clerk").number().value());

        assertThat(Set.copyOf(numbers)).hasSize(6);
    }

    @Test
    void of_two_clerks_deciding_one_case_at_once_exactly_one_decision_is_kept() throws Exception {
        IntakeCase c = intake.submit(submission(UUID.randomUUID().toString(), TestIdentities.aResidentIdNumber(),
                Map.of("M1", MaterialStatus.PROVIDED, "M2", MaterialStatus.PROVIDED)), "clerk");
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        if (staff.find(SECOND_CLERK).isEmpty()) {
            staff.open(new NewStaffMember(SECOND_CLERK, "并发测试受理员", null, Set.of(StaffRole.CLERK), "clerk-pass-1"));
        }
        java.util.Queue<String> clerks = new java.util.concurrent.ConcurrentLinkedQueue<>(List.of("clerk", SECOND_CLERK));

        atOnce(2, () -> {
            String clerk = clerks.remove();
            try {
                decisions.accept(c.number().value(), new Act(clerk, Channel.COUNTER, c.version()));
                outcomes.put(clerk, "accepted");
            } catch (DomainException refused) {
                outcomes.put(clerk, refused.code());
            }
            return null;
        });

        assertThat(outcomes.values()).containsExactlyInAnyOrder("accepted", "intake-case-changed");
        assertThat(intake.find(c.number().value()).status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void a_transaction_that_read_the_case_before_a_later_change_cannot_save_over_it() {
        IntakeCase c = intake.submit(submission(UUID.randomUUID().toString(), TestIdentities.aResidentIdNumber(),
                Map.of("M1", MaterialStatus.PROVIDED, "M2", MaterialStatus.PROVIDED)), "clerk");
        String number = c.number().value();
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> own.executeWithoutResult(outer -> {
            IntakeCase read = intake.find(number);
            assertThat(read.status()).isEqualTo(CaseStatus.RECEIVED);
            own.executeWithoutResult(inner -> decisions.accept(number, new Act("clerk", Channel.COUNTER, null)));
            decisions.accept(number, new Act("clerk", Channel.COUNTER, read.version()));
        }));

        assertThat(refused).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("intake-case-changed"));
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(intake.find(number).version()).isEqualTo(c.version() + 1);
    }
}
