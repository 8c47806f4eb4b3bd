package org.onevisit.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.RatedCases.RatedCase;
import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Records a rating of a case that may be rated: the responsible department — the item's, or a bundle's lead
 * department (牵头部门), which answers for the one thing to the applicant and coordinates the others — then, for a bad
 * rating, its handling assigned to that department, due in {@link EvaluationSettings#badRatingDays()} working days of
 * the centre's calendar; the rating on the audit trail and announced to other government systems ({@link RatingGiven}).
 */
@Component
class RatingRecorder {

    private final Ratings ratings;
    private final BadRatings badRatings;
    private final Catalog catalog;
    private final WorkCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvaluationSettings settings;

    RatingRecorder(Ratings ratings, BadRatings badRatings, Catalog catalog, WorkCalendars calendars,
            ApplicationEventPublisher events, Clock clock, EvaluationSettings settings) {
        this.ratings = ratings;
        this.badRatings = badRatings;
        this.catalog = catalog;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    Rating record(RatedCase c, Answer answer, String ratedBy) {
        Instant now = clock.instant();
        RatingPolicy.checkRateable(c, ratings.rated(c.number()), now, settings.window());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Rating rating = new Rating(0, c.number(), department(c), c.subjectName(), answer, ratedBy, now, today,
                c.maskedName(), false);
        long id;
        try {
            id = ratings.add(rating);
        } catch (DuplicateKeyException meanwhile) {
            RatingPolicy.checkRateable(c, true, now, settings.window());
            throw meanwhile;
        }
        if (answer.grade().bad()) {
            badRatings.add(BadRating.assigned(id, rating.department(),
                    calendars.current().deadline(today, settings.badRatingDays()).date()));
        }
        events.publishEvent(new AuditedChange("rating", c.number(), "rate", ratedBy, answer.channel().name(), Map.of(),
                Map.of("grade", answer.grade().name(), "department", rating.department(), "reasons",
                        answer.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(","))),
                now));
        events.publishEvent(new RatingGiven(c.number(), rating.department(), answer.grade(),
                answer.reasons().stream().sorted().toList(), answer.channel(), now));
        return ratings.find(id).orElseThrow();
    }

    private String department(RatedCase c) {
        return c.bundle() ? catalog.bundle(c.subject()).leadDepartment() : c.departments().get(0);
    }
}
