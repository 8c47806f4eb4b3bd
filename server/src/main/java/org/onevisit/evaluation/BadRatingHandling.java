package org.onevisit.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.BadRating.Done;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.Limits;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling of bad ratings (差评整改) by the responsible department — call back (回访), fix (整改), answer the
 * applicant (反馈) — and the appeal of a malicious one, decided by a supervisor. Who acts is {@link BadRatingPolicy}'s;
 * each step is saved against the version the official read, so two officials acting at once cannot overwrite each
 * other; each is on the audit trail. The steps themselves are {@link BadRating}'s.
 */
@Service
@Transactional
public class BadRatingHandling {

    private final BadRatings handlings;
    private final Ratings ratings;
    private final Actors actors;
    private final BadRatingSteps steps;
    private final ApplicantFeedback feedback;
    private final Clock clock;

    BadRatingHandling(BadRatings handlings, Ratings ratings, Actors actors, BadRatingSteps steps,
            ApplicantFeedback feedback, Clock clock) {
        this.handlings = handlings;
        this.ratings = ratings;
        this.actors = actors;
        this.steps = steps;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** 回访: the department's official called the applicant back; {@code notes} say what they heard. */
    public HandledRating callBack(long ratingId, long version, String notes, String official) {
        return handle(ratingId, version, official, "callBack", b -> b.callBack(done(notes, official)));
    }

    /** 整改: what the department did about it. */
    public HandledRating fix(long ratingId, long version, String whatWasDone, String official) {
        return handle(ratingId, version, official, "fix", b -> b.fix(done(whatWasDone, official)));
    }

    /** 反馈: the applicant is told by text message what was done; the handling is complete. */
    public HandledRating sendFeedback(long ratingId, long version, String text, String official) {
        HandledRating sent = handle(ratingId, version, official, "sendFeedback",
                b -> b.sendFeedback(done(text, official)));
        feedback.send(sent.rating(), text);
        return sent;
    }

    /** 申诉: the department holds the rating malicious; a supervisor decides. */
    public HandledRating appeal(long ratingId, long version, String reason, String official) {
        return handle(ratingId, version, official, "appeal", b -> b.appeal(done(reason, official)));
    }

    /**
     * 复核: a supervisor decides the appeal; upheld, the rating is excluded from the figures and kept on record.
     */
    public HandledRating decideAppeal(long ratingId, long version, boolean upheld, String note, String supervisor) {
        BadRatingPolicy.checkAppealDecider(actors.of(supervisor));
        HandledRating decided = steps.change(load(ratingId), version, supervisor, upheld ? "upholdAppeal" : "rejectAppeal",
                b -> b.decideAppeal(upheld, done(note, supervisor)));
        if (upheld) {
            ratings.exclude(ratingId);
            return find(ratingId);
        }
        return decided;
    }

    /** The bad ratings {@code reader} may see — of one department, or all for supervisors — those still owed first. */
    @ReadOnly
    public List<HandledRating> list(String reader, @Nullable String department) {
        String shown = BadRatingPolicy.readable(actors.of(reader), department);
        List<BadRating> found = handlings.of(shown);
        Map<Long, Rating> rated = ratings.find(found.stream().map(BadRating::ratingId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Rating::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(b -> new HandledRating(rated.get(b.ratingId()), b, b.overdue(today))).toList();
    }

    private HandledRating handle(long ratingId, long version, String official, String action,
            java.util.function.UnaryOperator<BadRating> step) {
        BadRating current = load(ratingId);
        BadRatingPolicy.checkHandler(actors.of(official), current);
        return steps.change(current, version, official, action, step);
    }

    private BadRating load(long ratingId) {
        return handlings.find(ratingId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "evaluation-bad-rating-not-found", "No bad rating " + ratingId, ratingId));
    }

    private HandledRating find(long ratingId) {
        return new HandledRating(ratings.find(ratingId).orElseThrow(), load(ratingId), false);
    }

    private Done done(String text, String by) {
        String said = text.strip();
        if (said.isEmpty() || said.length() > Limits.REMARK) {
            throw new DomainException(Kind.INVALID, "evaluation-text-required",
                    "Say what was heard, done or decided, in 1 to " + Limits.REMARK + " characters", Limits.REMARK);
        }
        Instant now = clock.instant();
        return new Done(said, by, now);
    }

    /** A bad rating with its handling, and whether it is past its day with something still owed. */
    public record HandledRating(Rating rating, BadRating handling, boolean overdue) {
    }
}
