package org.onevisit.evaluation;

import java.util.EnumSet;
import java.util.Set;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * What the applicant answered: a grade, for a bad rating (差评) the indicators it is about — at least one, of the
 * channel's — and optionally a few words of their own ({@value #COMMENT} characters at most). A good rating names no
 * indicator: the reasons say what went wrong.
 */
public record Answer(Grade grade, Set<Indicator> reasons, String comment, RatingChannel channel) {

    /** The most characters of the applicant's own words. */
    public static final int COMMENT = 500;

    public Answer {
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
        comment = comment.strip();
        if (comment.length() > COMMENT) {
            throw new DomainException(Kind.INVALID, "evaluation-comment-too-long",
                    "A comment has at most " + COMMENT + " characters", COMMENT);
        }
        if (grade.bad() && reasons.isEmpty()) {
            throw new DomainException(Kind.INVALID, "evaluation-reasons-missing",
                    "A bad rating names at least one indicator it is about");
        }
        if (!grade.bad() && !reasons.isEmpty()) {
            throw new DomainException(Kind.INVALID, "evaluation-reasons-for-good-rating",
                    "Only a bad rating names indicators");
        }
        for (Indicator i : reasons) {
            if (!i.of(channel)) {
                throw new DomainException(Kind.INVALID, "evaluation-indicator-not-of-channel",
                        "Indicator " + i + " is not one of the channel " + channel, i.name(), channel.name());
            }
        }
    }
}
