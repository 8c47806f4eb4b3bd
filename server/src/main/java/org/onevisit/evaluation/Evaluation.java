package org.onevisit.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onevisit.intake.RatedCases;
import org.onevisit.intake.RatedCases.RatedCase;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating a case (好差评), on every channel alike: signed in (the portal, the app, a kiosk), through the one-time link
 * of a text message, or on the pad a counter clerk hands the applicant. Who may rate what is {@link RatingPolicy}'s;
 * the rating is recorded by {@link RatingRecorder}.
 */
@Service
@Transactional
public class Evaluation {

    private final RatedCases cases;
    private final Ratings ratings;
    private final RatingRecorder recorder;
    private final RatingLinks links;
    private final Actors actors;
    private final EvaluationSettings settings;
    private final Clock clock;

    Evaluation(RatedCases cases, Ratings ratings, RatingRecorder recorder, RatingLinks links, Actors actors,
            EvaluationSettings settings, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.ratings = ratings;
        this.recorder = recorder;
        this.links = links;
        this.actors = actors;
        this.settings = settings;
    }

    /** The applicant signed in as {@code account} rates their case. */
    public Rating rate(String number, Answer answer, String account) {
        Actor who = actors.of(account);
        RatingPolicy.checkRater(who, !who.isStaff() && cases.ownedBy(number, account), number, answer.channel());
        return recorder.record(cases.find(number), answer, who.name());
    }

    /** What a one-time link opens: the case, as far as its rating page shows it, and the channel it rates on. */
    @ReadOnly
    public LinkedCase open(String token) {
        RatingLinks.Link link = links.open(token);
        RatedCase c = cases.find(link.caseNumber());
        RatingPolicy.checkRateable(c, ratings.rated(c.number()), clock.instant(), settings.window());
        return new LinkedCase(c.number(), c.subjectName(), link.channel(), Indicator.forChannel(link.channel()));
    }

    /** Whoever holds the link rates the case it opens, once; the link is used up. */
    public Rating rate(String token, Grade grade, Set<Indicator> reasons, String comment) {
        RatingLinks.Link link = links.open(token);
        Answer answer = new Answer(grade, reasons, comment, link.channel());
        if (!links.use(token)) {
            throw new DomainException(Kind.NOT_FOUND, "evaluation-link-not-found",
                    "This rating link is unknown, used or expired");
        }
        return recorder.record(cases.find(link.caseNumber()), answer, Rating.THROUGH_LINK);
    }

    /**
     * A counter clerk hands the applicant the pad (评价器) for their case: a link valid for a short while, which the
     * applicant fills in; the rating names no clerk.
     */
    public String handPad(String number, String clerk) {
        Actor who = actors.of(clerk);
        if (!who.isStaff() || !who.holds(StaffRole.CLERK)) {
            throw new DomainException(Kind.FORBIDDEN, "evaluation-pad-for-clerks",
                    "The counter's pad is handed over by a counter clerk", who.name());
        }
        RatingPolicy.checkRateable(cases.find(number), ratings.rated(number), clock.instant(), settings.window());
        return links.issue(number, RatingChannel.COUNTER_PAD, settings.padLifetime());
    }

    /** The rating of a case of the applicant's own, if they gave one; another's case is not found. */
    @ReadOnly
    public Optional<Rating> ofCase(String number, String account) {
        if (!cases.ownedBy(number, account)) {
            throw RatingPolicy.notFound(number);
        }
        return ratings.ofCase(number);
    }

    /** Whether the case may be rated now: it has ended, within the rating window, and nobody rated it yet. */
    @ReadOnly
    public boolean rateable(String number) {
        RatedCase c = cases.find(number);
        return RatingPolicy.ENDED.contains(c.status()) && RatingPolicy.withinWindow(c, clock.instant(), settings.window())
                && !ratings.rated(number);
    }

    /** A case as its rating link opens it, with the indicators of the link's channel. */
    public record LinkedCase(String number, String subjectName, RatingChannel channel, List<Indicator> indicators) {

        public LinkedCase {
            indicators = List.copyOf(indicators);
        }
    }
}
