package org.onevisit.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.onevisit.platform.Verdict.Outcome;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Counts attempts (failed logins, status lookups) per key in token buckets kept in the database, so that every node
 * sharing it sees the same counts (Bucket4j; see {@link AttemptStorage}). Each {@link AttemptPolicy} is one bucket
 * per key: an allowance is a band that regains one attempt at a time; the lockout is a band that regains all its
 * attempts at the end of its window, and is emptied into a fresh window the moment it strikes, so that a lock lasts
 * its full duration from the last counted attempt. Every call is one short transaction of its own on its own
 * connection: call it outside any transaction of the caller's. A call the database does not answer in time throws
 * {@link AttemptsUnavailable} (503 with {@code Retry-After}).
 */
public class Attempts {

    private static final String LOCKOUT = "lockout";
    /** Subjects longer than this (an address or login of any length) are stored by their SHA-256. */
    private static final int SUBJECT_KEPT = 100;

    private final ProxyManager<String> buckets;

    public Attempts(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /** Whether the key may make an attempt now; nothing is counted. */
    public Verdict check(AttemptPolicy policy, String subject) {
        VerboseResult<EstimationProbe> result = inTime(() -> bucket(policy, subject).asVerbose()
                .estimateAbilityToConsume(1));
        Instant now = instant(result.getOperationTimeNanos());
        if (result.getValue().canBeConsumed()) {
            return new Verdict(Outcome.ALLOWED, Duration.ZERO, now, full(result));
        }
        return refusal(policy, result, now, result.getValue().getNanosToWaitForRefill());
    }

    /**
     * Counts one attempt of the key if its policy allows one now; a refused attempt is not counted. The attempt that
     * uses up the lockout is counted and locks the key for the lockout's duration from now.
     */
    public Verdict spend(AttemptPolicy policy, String subject) {
        BucketProxy bucket = inTime(() -> bucket(policy, subject));
        VerboseResult<ConsumptionProbe> result = inTime(() -> bucket.asVerbose().tryConsumeAndReturnRemaining(1));
        Instant now = instant(result.getOperationTimeNanos());
        if (!result.getValue().isConsumed()) {
            return refusal(policy, result, now, result.getValue().getNanosToWaitForRefill());
        }
        Lockout lockout = policy.lockout();
        if (lockout != null && lockoutLeft(result) == 0) {
            // Only the attempt that took the last one gets here; the others are refused as LOCKED until the reset.
            inTime(() -> {
                bucket.replaceConfiguration(configuration(policy, true), TokensInheritanceStrategy.RESET);
                return null;
            });
            return new Verdict(Outcome.LOCK_STARTED, lockout.duration(), now.plus(lockout.duration()), false);
        }
        return new Verdict(Outcome.ALLOWED, Duration.ZERO, now, false);
    }

    /** Forgets the key's attempts, e.g. after a successful login: its budgets are full again. */
    public void forget(AttemptPolicy policy, String subject) {
        inTime(() -> {
            bucket(policy, subject).reset();
            return null;
        });
    }

    /**
     * A bucket operation, or {@link AttemptsUnavailable} when the database did not answer it in time (its row lock
     * waited too long) or failed: the caller's request is refused, never let through unchecked.
     */
    private static <T> T inTime(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (BucketExceptions.BucketExecutionException e) {
            throw new AttemptsUnavailable(e);
        }
    }

    /** Removes up to {@code batch} rows of buckets that are full again and were not used since: how many it removed. */
    int removeExpired(int batch) {
        return buckets instanceof ExpiredEntriesCleaner cleaner ? cleaner.removeExpired(batch) : 0;
    }

    private BucketProxy bucket(AttemptPolicy policy, String subject) {
        return buckets.builder().build(key(policy, subject), () -> configuration(policy, false));
    }

    /**
     * The stored key: the policy's name, a fingerprint of its limits — so that changed settings start afresh rather
     * than meet buckets made under the old ones — and the subject.
     */
    static String key(AttemptPolicy policy, String subject) {
        String kept = subject.length() <= SUBJECT_KEPT ? subject : "#" + sha256(subject);
        return policy.name() + ":" + sha256(policy.allowances() + "|" + policy.lockout()).substring(0, 8) + ":" + kept;
    }

    static BucketConfiguration configuration(AttemptPolicy policy, boolean locked) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        List<Allowance> allowances = policy.allowances();
        for (int i = 0; i < allowances.size(); i++) {
            Allowance allowance = allowances.get(i);
            String id = "allowance-" + i;
            builder.addLimit(limit -> limit.capacity(allowance.attempts()).refillGreedy(1, allowance.regainOneEvery())
                    .id(id));
        }
        Lockout lockout = policy.lockout();
        if (lockout != null) {
            builder.addLimit(limit -> {
                var band = limit.capacity(lockout.after()).refillIntervally(lockout.after(), lockout.duration()).id(LOCKOUT);
                return locked ? band.initialTokens(0) : band;
            });
        }
        return builder.build();
    }

    private static Verdict refusal(AttemptPolicy policy, VerboseResult<?> result, Instant now, long waitNanos) {
        Duration wait = Duration.ofNanos(waitNanos);
        Outcome outcome = policy.lockout() != null && lockoutLeft(result) == 0 ? Outcome.LOCKED : Outcome.DELAYED;
        return new Verdict(outcome, wait, now.plus(wait), false);
    }

    /** The attempts left in the lockout's band, which comes last. */
    private static long lockoutLeft(VerboseResult<?> result) {
        long[] left = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
        return left[left.length - 1];
    }

    private static boolean full(VerboseResult<?> result) {
        long[] left = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
        var bands = result.getConfiguration().getBandwidths();
        for (int i = 0; i < left.length; i++) {
            if (left[i] < bands[i].getCapacity()) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
