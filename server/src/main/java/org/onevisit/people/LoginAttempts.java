package org.onevisit.people;

import java.time.Clock;
import java.util.Map;

import org.onevisit.platform.AttemptPolicy;
import org.onevisit.platform.Attempts;
import org.onevisit.platform.AttemptsUnavailable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.ClientAddress;
import org.onevisit.platform.Verdict;
import org.onevisit.platform.Verdict.Outcome;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The login limits ({@link LoginLimits}) applied to one login: checked before the password is, counted when it is
 * wrong, checked again when it is right — so that of many attempts sent at once, only those the limits allow can
 * succeed — and forgotten for the account after a success. Each lock is recorded in the audit trail with its end.
 * A failure refused by the account's limit is not counted against the address.
 */
@Component
@EnableConfigurationProperties(LoginLimits.class)
class LoginAttempts {

    private final Attempts attempts;
    private final AttemptPolicy perAccount;
    private final AttemptPolicy perAddress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(Attempts attempts, LoginLimits limits, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.perAccount = limits.perAccount();
        this.perAddress = limits.perAddress();
        this.events = events;
        this.clock = clock;
    }

    /** Before the password is checked: refuses a login that the limits do not allow now. */
    void admit(LoginSubject who, ClientAddress from) {
        inTime(() -> {
            refuseIfRefused(attempts.check(perAddress, from.value()), false);
            refuseIfRefused(attempts.check(perAccount, who.key()), true);
        });
    }

    /** The right password: refused all the same if the limits struck meanwhile; else the account starts afresh. */
    void succeeded(LoginSubject who, ClientAddress from) {
        inTime(() -> succeededInTime(who, from));
    }

    private void succeededInTime(LoginSubject who, ClientAddress from) {
        refuseIfRefused(attempts.check(perAddress, from.value()), false);
        Verdict account = attempts.check(perAccount, who.key());
        refuseIfRefused(account, true);
        if (!account.untouched()) {
            attempts.forget(perAccount, who.key());
        }
    }

    /**
     * A wrong password, counted against the account and the address. Returns when it is simply wrong; throws when it
     * was refused uncounted (its answer is then the refusal, which tells nothing of the password) or when it set off
     * a lock.
     */
    void failed(LoginSubject who, ClientAddress from) {
        inTime(() -> failedInTime(who, from));
    }

    private void failedInTime(LoginSubject who, ClientAddress from) {
        Verdict account = attempts.spend(perAccount, who.key());
        refuseIfRefused(account, true);
        Verdict address = attempts.spend(perAddress, from.value());
        if (account.outcome() == Outcome.LOCK_STARTED) {
            audit("login", who.account(), who, from, account);
        }
        if (address.outcome() == Outcome.LOCK_STARTED) {
            audit("login-address", from.value(), who, from, address);
        }
        refuseIfRefused(address, false);
        if (account.outcome() == Outcome.LOCK_STARTED) {
            throw new LoginRefused(LoginRefused.Reason.ACCOUNT_LOCKED, account.retryAt(), account.retryAfterSeconds());
        }
        if (address.outcome() == Outcome.LOCK_STARTED) {
            throw new LoginRefused(LoginRefused.Reason.ADDRESS_LOCKED, address.retryAt(), address.retryAfterSeconds());
        }
    }

    /**
     * The limits' work, refused as {@link LoginRefused.Reason#BUSY} when the database does not answer it in time: a
     * login is never let through unchecked, and never answered 500.
     */
    private void inTime(Runnable work) {
        try {
            work.run();
        } catch (AttemptsUnavailable busy) {
            long seconds = AttemptsUnavailable.RETRY_AFTER_SECONDS;
            throw new LoginRefused(LoginRefused.Reason.BUSY, clock.instant().plusSeconds(seconds), seconds);
        }
    }

    private static void refuseIfRefused(Verdict verdict, boolean account) {
        if (verdict.refused()) {
            LoginRefused.Reason reason = !account ? LoginRefused.Reason.ADDRESS_LOCKED
                    : verdict.outcome() == Outcome.LOCKED ? LoginRefused.Reason.ACCOUNT_LOCKED
                    : LoginRefused.Reason.ACCOUNT_DELAYED;
            throw new LoginRefused(reason, verdict.retryAt(), verdict.retryAfterSeconds());
        }
    }

    /**
     * A lock in the audit trail: which account (masked where personal) or address, from where, and until when. The
     * client address is kept under {@code ip}: the trail would mask a value under {@code address} as a postal one.
     */
    private void audit(String subject, String subjectId, LoginSubject who, ClientAddress from, Verdict lock) {
        events.publishEvent(new AuditedChange(subject, subjectId, "lock", "system", "WEB", Map.of(),
                Map.of("login", who.shown(), "ip", from.value(), "lockedUntil", lock.retryAt().toString()),
                clock.instant()));
    }
}
