package org.onevisit.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.RatedCases.RatedCase;
import org.onevisit.people.Actor;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who rates which case, and when (GB/T 39734-2020: 一事一评, voluntary and genuine): the applicant alone — the one who
 * owns the case, or whoever holds the one-time link sent to them — never a member of staff; once a case, and only
 * once its handling has ended with an answer to the applicant: 办结 (the result reached them), 不予受理 or 终止, and
 * within the rating window counted from that end ({@link EvaluationSettings#window()}). A case
 * still being handled has nothing to rate yet; a withdrawn one ended by the applicant's own wish, with no service
 * given to rate.
 */
final class RatingPolicy {

    /** The statuses in which a case may be rated. */
    static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.COMPLETED, CaseStatus.REFUSED, CaseStatus.TERMINATED);

    /** The channels a signed-in applicant rates on; the others come through a one-time link. */
    static final Set<RatingChannel> SIGNED_IN = EnumSet.of(RatingChannel.PORTAL, RatingChannel.APP, RatingChannel.KIOSK);

    private RatingPolicy() {
    }

    /** A signed-in person rates only a case of their own, as its applicant; another's case is not found. */
    static void checkRater(Actor who, boolean owns, String number, RatingChannel channel) {
        if (who.isStaff()) {
            throw new DomainException(Kind.FORBIDDEN, "evaluation-staff-cannot-rate",
                    "Only the applicant rates a case, never a member of staff", who.name());
        }
        if (!owns) {
            throw notFound(number);
        }
        if (!SIGNED_IN.contains(channel)) {
            throw new DomainException(Kind.INVALID, "evaluation-channel-needs-link",
                    "A rating on " + channel + " comes through its one-time link", channel.name());
        }
    }

    /**
     * The case must have ended, not have been rated yet, and be rated within {@code window} of its end — the moment it
     * was completed, terminated or refused, whatever the channel and whenever a link was sent or the pad handed over. A
     * case whose end was not kept (it ended before the moment was recorded) has no window to check.
     */
    static void checkRateable(RatedCase c, boolean rated, Instant now, Duration window) {
        if (!ENDED.contains(c.status())) {
            throw new DomainException(Kind.RULE_VIOLATED, "evaluation-case-not-ended",
                    "Case " + c.number() + " is " + c.status() + "; it is rated once it has ended", c.number());
        }
        if (!withinWindow(c, now, window)) {
            throw new DomainException(Kind.RULE_VIOLATED, "evaluation-window-closed", "Case " + c.number()
                    + " ended at " + c.endedAt() + "; it may be rated for " + window.toDays() + " days after",
                    c.number(), window.toDays());
        }
        if (rated) {
            throw new DomainException(Kind.CONFLICT, "evaluation-already-rated",
                    "Case " + c.number() + " was rated already; a case is rated once", c.number());
        }
    }

    /** Whether {@code now} is within {@code window} of the case's end (always, when its end is not known). */
    static boolean withinWindow(RatedCase c, Instant now, Duration window) {
        return c.endedAt() == null || !now.isAfter(c.endedAt().plus(window));
    }

    static DomainException notFound(String number) {
        return new DomainException(Kind.NOT_FOUND, "evaluation-case-not-found", "No case " + number, number);
    }
}
