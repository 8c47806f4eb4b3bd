package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.Attempts;
import org.onevisit.platform.ClientAddress;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the database does not answer the login limits in time (a bucket's row lock waited too long under many logins
 * at once), a login is neither let through unchecked nor answered 500: it is refused as busy, and the API answers 503
 * problem details in the caller's language with {@code Retry-After}.
 */
class LoginLimitsBusyTests {

    private static final Instant NOW = Instant.parse("2026-10-19T01:00:00Z");

    @SuppressWarnings("unchecked")
    private final ProxyManager<String> buckets = mock(ProxyManager.class);
    private final LoginAttempts logins = new LoginAttempts(new Attempts(buckets),
            new LoginLimits(3, Duration.ofSeconds(1), 6, 10, Duration.ofMinutes(15), 50, Duration.ofMinutes(15)),
            event -> { }, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

    @Test
    void any_other_attempt_limit_that_the_database_does_not_answer_in_time_is_unavailable_503_with_retry_after() {
        when(buckets.builder()).thenThrow(new io.github.bucket4j.TimeoutException("lock wait", 11_000_000_000L,
                10_000_000_000L));
        org.onevisit.platform.AttemptPolicy lookups = new org.onevisit.platform.AttemptPolicy("status-lookup",
                java.util.List.of(new org.onevisit.platform.Allowance(30, Duration.ofSeconds(2))), null);

        org.onevisit.platform.AttemptsUnavailable busy = catchThrowableOfType(
                org.onevisit.platform.AttemptsUnavailable.class, () -> new Attempts(buckets).spend(lookups, "10.0.0.7"));

        assertThat(busy.kind()).isEqualTo(org.onevisit.platform.DomainException.Kind.UNAVAILABLE);
        assertThat(busy.code()).isEqualTo("attempts-busy");
        assertThat(busy.details()).containsEntry(org.onevisit.platform.DomainException.RETRY_AFTER, 1L);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage("error.attempts-busy", busy.args(), Locale.ENGLISH)).contains("in 1 s");
        assertThat(messages.getMessage("error.attempts-busy", busy.args(), Locale.SIMPLIFIED_CHINESE)).contains("1 秒");
    }

    @Test
    void a_lock_wait_that_runs_out_refuses_the_login_as_busy_with_503_retry_after_in_the_callers_language()
            throws Exception {
        when(buckets.builder()).thenThrow(new BucketExceptions.BucketExecutionException(
                "ERROR: canceling statement due to lock timeout"));

        LoginRefused refused = catchThrowableOfType(LoginRefused.class,
                () -> logins.admit(new LoginSubject("clerk", "clerk", "clerk"), ClientAddress.of("10.0.0.7")));

        assertThat(refused.reason()).isEqualTo(LoginRefused.Reason.BUSY);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.retryAt()).isEqualTo(NOW.plusSeconds(1));

        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages-people");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/staff");
            request.addPreferredLocale(language);
            MockHttpServletResponse response = new MockHttpServletResponse();

            LoginRefusedProblem.write(request, response, JsonMapper.builder().build(), messages,
                    new AcceptHeaderLocaleResolver(), refused);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("1");
            assertThat(response.getContentType()).startsWith("application/problem+json");
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"code\":\"login-busy\"", "\"retryAfter\":1");
            assertThat(body).contains(language == Locale.ENGLISH ? "Many logins at once" : "登录的人较多");
        }
    }
}
