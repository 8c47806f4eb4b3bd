package org.onevisit.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.onevisit.evaluation.BadRatingHandling.HandledRating;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Saves a step of a bad rating's handling against the version read — another official's step meanwhile is a
 * conflict — and puts it on the audit trail of the rated case.
 */
@Component
class BadRatingSteps {

    private final BadRatings handlings;
    private final Ratings ratings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BadRatingSteps(BadRatings handlings, Ratings ratings, ApplicationEventPublisher events, Clock clock) {
        this.handlings = handlings;
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
    }

    HandledRating change(BadRating current, long version, String actor, String action, UnaryOperator<BadRating> step) {
        if (current.version() != version) {
            throw changedMeanwhile(current);
        }
        BadRating after = step.apply(current);
        if (!handlings.save(current, after)) {
            throw changedMeanwhile(current);
        }
        Rating rating = ratings.find(current.ratingId()).orElseThrow();
        events.publishEvent(new AuditedChange("rating", rating.caseNumber(), action, actor, "WEB",
                Map.of("step", current.step().name()), Map.of("step", after.step().name(), "department",
                        after.department()), clock.instant()));
        BadRating saved = handlings.find(current.ratingId()).orElseThrow();
        return new HandledRating(rating, saved, saved.overdue(LocalDate.now(clock)));
    }

    private static DomainException changedMeanwhile(BadRating b) {
        return new DomainException(Kind.CONFLICT, "evaluation-changed-meanwhile",
                "The handling of rating " + b.ratingId() + " was changed meanwhile; read it again", b.ratingId());
    }
}
