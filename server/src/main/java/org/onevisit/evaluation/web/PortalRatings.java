package org.onevisit.evaluation.web;

import org.onevisit.evaluation.Evaluation;
import org.onevisit.platform.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the portal's case page shows of the rating (the fragment {@code evaluation/fragments :: rating}): a link to
 * rate a case that has ended, or that it was rated.
 */
@Component("portalRatings")
public class PortalRatings {

    /** Where the case stands for its applicant's rating. */
    public enum State {
        NONE, RATEABLE, RATED
    }

    private final Evaluation evaluation;

    PortalRatings(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public State state(String number, Authentication applicant) {
        try {
            if (evaluation.ofCase(number, applicant.getName()).isPresent()) {
                return State.RATED;
            }
            return evaluation.rateable(number) ? State.RATEABLE : State.NONE;
        } catch (DomainException notTheirs) {
            return State.NONE;
        }
    }
}
