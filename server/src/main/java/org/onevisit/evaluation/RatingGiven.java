package org.onevisit.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * An applicant rated an ended case (好差评), once a case. Published in the rating's transaction for other government
 * systems (docs/events.md): the grade, the indicators a bad rating is about and the channel — not who rated it, nor
 * their own words.
 *
 * @param department the department responsible: the item's, or a bundle's lead department
 * @param indicators what a bad rating is about, in the order of {@link Indicator}; empty for a good one
 */
public record RatingGiven(String caseNumber, String department, Grade grade, List<Indicator> indicators,
        RatingChannel channel, Instant ratedAt) {

    public RatingGiven {
        indicators = List.copyOf(indicators);
    }
}
