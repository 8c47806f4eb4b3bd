package org.onevisit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the attempt limits: an application context with the limits as shipped — the defaults of
 * {@code application.yml}, repeated here because the tests' configuration lifts them out of the suite's way — and
 * the {@link MovableClock}, which such a test moves past waits and locks instead of sleeping. Its requests come from
 * addresses of their own, never 127.0.0.1.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "onevisit.rate-limits.login.free-failures=3",
        "onevisit.rate-limits.login.first-delay=1s",
        "onevisit.rate-limits.login.delay-steps=6",
        "onevisit.rate-limits.login.lock-after=10",
        "onevisit.rate-limits.login.lock-for=15m",
        "onevisit.rate-limits.login.address-lock-after=50",
        "onevisit.rate-limits.login.address-lock-for=15m",
        "onevisit.rate-limits.status-lookup.per-address=30",
        "onevisit.rate-limits.status-lookup.per-address-period=1m",
        "onevisit.rate-limits.status-lookup.case-lock-after=5",
        "onevisit.rate-limits.status-lookup.case-lock-for=15m"})
@AutoConfigureMockMvc
@Import(MovableClock.class)
public @interface ShippedRateLimits {
}
