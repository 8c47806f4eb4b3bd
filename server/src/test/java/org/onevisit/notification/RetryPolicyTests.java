package org.onevisit.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The backoff between attempts (ADR 0045), and the errors kept for administrators. */
class RetryPolicyTests {

    @Test
    void each_wait_doubles_up_to_the_longest() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 6, Duration.ofMinutes(5));
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(policy::delayAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 10L, 10L);
    }

    @Test
    void a_policy_without_attempts_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 2,
                Duration.ofHours(1), 0, Duration.ofMinutes(5)));
    }

    @Test
    void an_error_kept_names_no_phone_and_no_address() {
        String kept = OutboxDispatcher.scrubbed(new IllegalStateException(
                "Invalid Addresses: zhang.san@example.cn; failed for 8613912345678 and 13912345678"));
        assertThat(kept).startsWith("IllegalStateException: ").doesNotContain("zhang.san", "13912345678")
                .contains("***@***");
    }
}
