package org.onevisit.people;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.onevisit.platform.Allowance;
import org.onevisit.platform.AttemptPolicy;
import org.onevisit.platform.Lockout;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins the centre allows ({@code onevisit.rate-limits.login}), against password guessing:
 * <ul>
 * <li>per account: {@code freeFailures} failures are answered at once; after them each further attempt must wait,
 * longer and longer — {@code firstDelay}, the same again, then twice as long each time, over {@code delaySteps}
 * steps (1 s, 1 s, 2 s, 4 s … 32 s by default) — a wait that passes one attempt at a time as failures are forgotten;
 * after {@code lockAfter} failures within {@code lockFor} of the first, the account is locked for {@code lockFor},
 * and even the right password is refused until then;</li>
 * <li>per client address, across accounts (password spraying): after {@code addressLockAfter} failures within
 * {@code addressLockFor} of the first, every login from the address is refused for {@code addressLockFor}.</li>
 * </ul>
 * A login naming no account is counted like an account. A successful login forgets the account's failures.
 */
@ConfigurationProperties("onevisit.rate-limits.login")
record LoginLimits(int freeFailures, Duration firstDelay, int delaySteps, int lockAfter, Duration lockFor,
        int addressLockAfter, Duration addressLockFor) {

    /** More steps than this would double the delay past any sensible lock. */
    private static final int MOST_STEPS = 30;

    LoginLimits {
        if (freeFailures < 1 || delaySteps < 0 || delaySteps > MOST_STEPS || lockAfter < 1 || addressLockAfter < 1
                || !positive(firstDelay) || !positive(lockFor) || !positive(addressLockFor)) {
            throw new IllegalArgumentException("onevisit.rate-limits.login needs free-failures, lock-after and "
                    + "address-lock-after of at least 1, delay-steps from 0 to " + MOST_STEPS
                    + ", and positive first-delay, lock-for and address-lock-for");
        }
    }

    /**
     * Failures of one account: a step of the growing delay is an allowance of one more failure than the step before,
     * regained twice as slowly, so that an account failing as fast as it may waits 1, 1, 2, 4 … times the first delay.
     */
    AttemptPolicy perAccount() {
        List<Allowance> steps = new ArrayList<>();
        for (int step = 0; step < delaySteps; step++) {
            steps.add(new Allowance(freeFailures + step, firstDelay.multipliedBy(1L << step)));
        }
        return new AttemptPolicy("login-account", steps, new Lockout(lockAfter, lockFor));
    }

    /** Failures from one client address, whatever the accounts. */
    AttemptPolicy perAddress() {
        return new AttemptPolicy("login-address", List.of(), new Lockout(addressLockAfter, addressLockFor));
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
