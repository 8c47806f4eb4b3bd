package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.platform.Verdict.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attempt counts on the database of the run (H2, or PostgreSQL with the postgres profile), each store with a
 * clock of its own that the test moves: allowances, locks, and two stores — two nodes — sharing one count.
 */
@SpringBootTest
class AttemptsTests {

    private static final AttemptPolicy LADDER = new AttemptPolicy("test-ladder",
            List.of(new Allowance(3, Duration.ofSeconds(1)), new Allowance(4, Duration.ofSeconds(2))),
            new Lockout(6, Duration.ofMinutes(15)));
    private static final AttemptPolicy LOCK_ONLY = new AttemptPolicy("test-lock", List.of(),
            new Lockout(3, Duration.ofMinutes(10)));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    final MovableClock.Settable clock = new MovableClock.Settable();
    Attempts attempts;
    String subject;

    @BeforeEach
    void a_store_on_the_database_and_a_subject_of_its_own() {
        attempts = new Attempts(AttemptStorage.buckets(dataSource, clock));
        subject = UUID.randomUUID().toString();
    }

    @Test
    void an_allowance_regains_one_attempt_at_a_time_and_a_refused_attempt_is_not_counted() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.spend(LADDER, subject).outcome()).isEqualTo(Outcome.ALLOWED);
        }
        for (int i = 0; i < 5; i++) {
            Verdict refused = attempts.spend(LADDER, subject);
            assertThat(refused.outcome()).isEqualTo(Outcome.DELAYED);
            assertThat(refused.delay()).isEqualTo(Duration.ofSeconds(1));
        }

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.check(LADDER, subject).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(attempts.spend(LADDER, subject).outcome()).isEqualTo(Outcome.ALLOWED);
        // the second allowance, one attempt each 2 s, is now used up too
        assertThat(attempts.spend(LADDER, subject).delay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_lock_strikes_at_the_last_allowed_attempt_and_lasts_its_full_duration_from_it() {
        clock.advance(Duration.ofMinutes(7));
        attempts.spend(LOCK_ONLY, subject);
        clock.advance(Duration.ofMinutes(2));
        attempts.spend(LOCK_ONLY, subject);

        Verdict third = attempts.spend(LOCK_ONLY, subject);

        assertThat(third.outcome()).isEqualTo(Outcome.LOCK_STARTED);
        assertThat(third.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(9));
        Verdict locked = attempts.check(LOCK_ONLY, subject);
        assertThat(locked.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(locked.retryAfterSeconds()).isEqualTo(60);
        assertThat(attempts.spend(LOCK_ONLY, subject).outcome()).isEqualTo(Outcome.LOCKED);
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 2; i++) {
            assertThat(attempts.spend(LOCK_ONLY, subject).outcome()).isEqualTo(Outcome.ALLOWED);
        }
        assertThat(attempts.spend(LOCK_ONLY, subject).outcome()).isEqualTo(Outcome.LOCK_STARTED);
    }

    @Test
    void forgetting_fills_every_budget_again() {
        attempts.spend(LADDER, subject);
        assertThat(attempts.check(LADDER, subject).untouched()).isFalse();

        attempts.forget(LADDER, subject);

        assertThat(attempts.check(LADDER, subject).untouched()).isTrue();
    }

    @Test
    void two_nodes_on_one_database_share_the_count() {
        Attempts otherNode = new Attempts(AttemptStorage.buckets(dataSource, clock));

        attempts.spend(LOCK_ONLY, subject);
        otherNode.spend(LOCK_ONLY, subject);
        Verdict third = attempts.spend(LOCK_ONLY, subject);

        assertThat(third.outcome()).isEqualTo(Outcome.LOCK_STARTED);
        assertThat(otherNode.check(LOCK_ONLY, subject).outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(otherNode.spend(LOCK_ONLY, subject).outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void changed_limits_start_afresh() {
        for (int i = 0; i < 3; i++) {
            attempts.spend(LOCK_ONLY, subject);
        }
        AttemptPolicy longer = new AttemptPolicy("test-lock", List.of(), new Lockout(5, Duration.ofMinutes(10)));

        assertThat(attempts.check(LOCK_ONLY, subject).outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(attempts.check(longer, subject).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void a_subject_of_any_length_is_kept_under_a_key_of_bounded_length() {
        String long1 = "x".repeat(5_000) + "1";
        String long2 = "x".repeat(5_000) + "2";
        for (int i = 0; i < 3; i++) {
            attempts.spend(LOCK_ONLY, long1);
        }

        assertThat(attempts.check(LOCK_ONLY, long1).outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(attempts.check(LOCK_ONLY, long2).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(Attempts.key(LOCK_ONLY, long1)).hasSizeLessThan(200);
    }

    @Test
    void rows_that_expired_are_removed_and_counting_rows_are_kept() {
        attempts.spend(LOCK_ONLY, subject);
        String expired = UUID.randomUUID().toString();
        attempts.spend(LOCK_ONLY, expired);
        jdbc.sql("UPDATE rate_limit_bucket SET expires_at = 1 WHERE id = ?").param(Attempts.key(LOCK_ONLY, expired))
                .update();

        assertThat(attempts.removeExpired(1_000)).isPositive();

        assertThat(rows(expired)).isZero();
        assertThat(rows(subject)).isOne();
        long expiresAt = jdbc.sql("SELECT expires_at FROM rate_limit_bucket WHERE id = ?")
                .param(Attempts.key(LOCK_ONLY, subject)).query(Long.class).single();
        // two of three attempts left until the window of 10 minutes ends, then kept 10 more minutes
        assertThat(expiresAt).isGreaterThan(System.currentTimeMillis() + Duration.ofMinutes(19).toMillis());
    }

    private long rows(String subjectOfRow) {
        return jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = ?").param(Attempts.key(LOCK_ONLY, subjectOfRow))
                .query(Long.class).single();
    }
}
