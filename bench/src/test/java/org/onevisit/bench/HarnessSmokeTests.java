package org.onevisit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.PersonalDataCipher;

/**
 * The harness itself works: a handful of cases go through OneVisit, through the statement floor (on PostgreSQL the
 * one-statement floor too) and through Flowable to their end on the test run's database, and the commit probe
 * commits; the floors encrypt identifiers with OneVisit's keys, as OneVisit stores them. Nothing here measures or
 * asserts a time. The database is the one the server's tests use: an H2 file under target, or PostgreSQL when
 * SPRING_PROFILES_ACTIVE names postgres and ONEVISIT_DB_URL points at it (as in CI); the smoke test never empties it.
 */
class HarnessSmokeTests {

    private static final int CASES = 3;

    @Test
    void a_handful_of_cases_complete_on_both_engines_and_the_floor_and_the_commit_probe_commits() throws Exception {
        Path work = Path.of("target", "smoke");
        BenchDatabase db = testDatabase(work);

        TransactionCounts oneVisitCounts = new TransactionCounts();
        Steps oneVisitSteps = new Steps();
        PersonalDataCipher cipher;
        try (OneVisitCases oneVisit = OneVisitCases.start(db, work.resolve("data"), keys(db, work), oneVisitCounts, false)) {
            cipher = oneVisit.personalDataCipher();
            for (int i = 0; i < CASES; i++) {
                oneVisit.runCase(oneVisitSteps);
            }
            oneVisit.awaitCompleted();
            assertThat(oneVisit.caseShape()).isEqualTo("4 reviews in 1 stages, 1 item decisions, 1 certificates");
        }
        assertThat(oneVisitSteps.summary().get("whole case").count()).isEqualTo(CASES);
        assertThat(oneVisitSteps.summary().get("review").count()).isEqualTo(CASES * 4L);
        assertThat(oneVisitSteps.summary().get("decide item").count()).isEqualTo(CASES);
        assertThat(oneVisitCounts.writeTransactions.get()).isPositive();
        assertThat(oneVisitCounts.rowsWritten.get()).isPositive();

        TransactionCounts floorCounts = new TransactionCounts();
        Steps floorSteps = new Steps();
        try (StatementFloor floor = StatementFloor.start(db, floorCounts, cipher)) {
            for (int i = 0; i < CASES; i++) {
                floor.runCase(floorSteps);
            }
        }
        // hand in, accept, four reviews, decision; 30 round trips (statements, batches and commits) a case
        assertThat(floorCounts.snapshot().writeTransactions()).isEqualTo(CASES * 7L);
        assertThat(floorCounts.snapshot().roundTrips()).isEqualTo(CASES * 30L);
        assertThat(floorSteps.summary().get("review").count()).isEqualTo(CASES * 4L);

        if (db.kind().equals("postgres")) {
            TransactionCounts oneStatementCounts = new TransactionCounts();
            Steps oneStatementSteps = new Steps();
            try (OneStatementFloor floor = OneStatementFloor.start(db, oneStatementCounts, cipher)) {
                for (int i = 0; i < CASES; i++) {
                    floor.runCase(oneStatementSteps);
                }
            }
            // the same seven durable steps and the same rows as the statement floor, each step one statement that is
            // its own commit, and the one read that finds the open reviews: 8 round trips a case
            assertThat(oneStatementCounts.snapshot().writeTransactions()).isEqualTo(CASES * 7L);
            assertThat(oneStatementCounts.snapshot().roundTrips()).isEqualTo(CASES * 8L);
            assertThat(oneStatementCounts.snapshot().rowsWritten()).isEqualTo(floorCounts.snapshot().rowsWritten());
            assertThat(oneStatementSteps.summary().get("whole case").count()).isEqualTo(CASES);
        }

        TransactionCounts flowableCounts = new TransactionCounts();
        Steps flowableSteps = new Steps();
        try (FlowableCases flowable = FlowableCases.start(db, flowableCounts)) {
            long endedBefore = flowable.finishedInstances();
            TransactionCounts.Snapshot before = flowableCounts.snapshot();
            for (int i = 0; i < CASES; i++) {
                flowable.runCase(flowableSteps);
            }
            assertThat(flowable.finishedInstances() - endedBefore).isEqualTo(CASES);
            // one transaction per call that changes the process: start, intake, four reviews, decision
            assertThat(flowableCounts.snapshot().minus(before).writeTransactions()).isEqualTo(CASES * 7L);
        }
        assertThat(flowableSteps.summary().get("review").count()).isEqualTo(CASES * 4L);

        CommitLimit.Result probe = CommitLimit.measure(db, 2, Duration.ZERO, Duration.ofMillis(200));
        assertThat(probe.commits()).isPositive();
        CommitLimit.dropTable(db);
    }

    /**
     * The key folder the database's personal data is encrypted with: the server tests' own on the PostgreSQL database
     * they share, the smoke test's own on its fresh H2.
     */
    private static Path keys(BenchDatabase db, Path work) {
        return db.kind().equals("postgres") ? Path.of("..", "server", "target", "test-keys") : work.resolve("keys");
    }

    private static BenchDatabase testDatabase(Path work) throws Exception {
        String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
        String url = System.getenv("ONEVISIT_DB_URL");
        if (profiles.contains("postgres") && url != null && !url.isBlank()) {
            return new BenchDatabase("postgres", url, System.getenv().getOrDefault("ONEVISIT_DB_USER", "postgres"),
                    System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD", ""));
        }
        return BenchDatabase.of("h2", work);
    }
}
