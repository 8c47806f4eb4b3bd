package org.onevisit.intake;

import java.util.Locale;
import java.util.Map;

import org.onevisit.platform.AttemptPolicy;
import org.onevisit.platform.Attempts;
import org.onevisit.platform.ClientAddress;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.Verdict;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The public status lookup (办件进度查询) of the status page and the API alike, within its limits
 * ({@link StatusLookupLimits}): every lookup counts against the client's address; a wrong answer counts against the
 * case number, and a number that had too many is locked for whoever asks, so that a right answer is refused too. A
 * refusal is a 429 problem with {@code Retry-After}. Not transactional on purpose: each count is a short transaction
 * of its own, taken while no other connection is held.
 */
@Service
@EnableConfigurationProperties(StatusLookupLimits.class)
public class StatusLookups {

    private final Intake intake;
    private final Attempts attempts;
    private final AttemptPolicy perAddress;
    private final AttemptPolicy perCase;

    StatusLookups(Intake intake, Attempts attempts, StatusLookupLimits limits) {
        this.intake = intake;
        this.attempts = attempts;
        this.perAddress = limits.addressPolicy();
        this.perCase = limits.casePolicy();
    }

    /**
     * The case with this number whose applicant's phone ends in these digits.
     *
     * @throws DomainException NOT_FOUND when no case has both, TOO_MANY_REQUESTS when the limits refuse the lookup
     */
    public IntakeCase find(String number, String lastFourOfPhone, ClientAddress from) {
        refuseIfRefused(attempts.spend(perAddress, from.value()), "status-lookups-limited");
        String caseKey = number.strip().toUpperCase(Locale.ROOT);
        IntakeCase found;
        try {
            found = intake.findPublic(number, lastFourOfPhone);
        } catch (DomainException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                refuseIfRefused(attempts.spend(perCase, caseKey), "status-case-locked");
            }
            throw e;
        }
        refuseIfRefused(attempts.check(perCase, caseKey), "status-case-locked");
        return found;
    }

    private static void refuseIfRefused(Verdict verdict, String code) {
        if (verdict.refused()) {
            long seconds = verdict.retryAfterSeconds();
            throw new DomainException(Kind.TOO_MANY_REQUESTS, code, "Too many lookups: try again in " + seconds + " s",
                    Map.of(DomainException.RETRY_AFTER, seconds), seconds);
        }
    }
}
