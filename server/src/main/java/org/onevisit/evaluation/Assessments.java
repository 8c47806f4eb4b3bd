package org.onevisit.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.DecisionTimes;
import org.onevisit.casework.TimedDecision;
import org.onevisit.evaluation.AssessedUnit.Ratio;
import org.onevisit.intake.Channel;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.onevisit.platform.ReplicaReads;
import org.onevisit.supervision.SupervisionFigures;
import org.springframework.stereotype.Service;

/**
 * The performance assessment (绩效考核, REFERENCE §11): a month's or a quarter's figures of each department and each
 * official, and of each counter (窗口) by the cases it received (ADR 0038), scored, graded 优秀 / 良好 / 合格 / 不合格 and
 * ranked (ADR 0036). The figures are counted from what the modules recorded — casework's decisions and their times,
 * intake's channels and visits, this module's ratings, supervision's complaints, spot-check findings and corrections
 * not excused — through their facades.
 * <p>
 * Supervisors, coordinators and administrators read every department, official and counter; a department's head reads
 * the departments' and the counters' rankings and their own department's officials.
 */
@Service
@ReadOnly
public class Assessments {

    /** What an assessment is of. */
    public enum By {
        DEPARTMENT, OFFICIAL,
        /** The counter (窗口) a case belongs to ({@link AssessedCases#counterOf}, ADR 0038). */
        COUNTER
    }

    private final DecisionTimes decisions;
    private final AssessedCases assessedCases;
    private final Ratings ratings;
    private final BadRatings handlings;
    private final SupervisionFigures supervision;
    private final AssessmentSettings settings;
    private final Actors actors;
    private final ReplicaReads replica;

    Assessments(DecisionTimes decisions, AssessedCases assessedCases, Ratings ratings, BadRatings handlings,
            SupervisionFigures supervision, AssessmentSettings settings, Actors actors, ReplicaReads replica) {
        this.replica = replica;
        this.decisions = decisions;
        this.assessedCases = assessedCases;
        this.ratings = ratings;
        this.handlings = handlings;
        this.supervision = supervision;
        this.settings = settings;
        this.actors = actors;
    }

    /**
     * The assessment of {@code period} by department, official or counter, as {@code reader} may read it; its figures
     * from the read replica when one is set (ADR 0054).
     */
    public Assessment of(AssessmentPeriod period, By by, String reader) {
        Actor who = actors.of(reader);
        @Nullable String only = readable(who, by);
        List<AssessedUnit> units = replica.read(() -> assess(period, by));
        if (only != null) {
            units = units.stream().filter(u -> u.department().equals(only)).toList();
        }
        return new Assessment(period, by, units);
    }

    /** An assessment: the period, what it is of, and its units, the best first. */
    public record Assessment(AssessmentPeriod period, By by, List<AssessedUnit> units) {

        public Assessment {
            units = List.copyOf(units);
        }
    }

    /** The department whose officials {@code who} may read only, null for all; refused for anyone else. */
    private static @Nullable String readable(Actor who, By by) {
        if (who.isStaff() && who.holdsAny(StaffRole.SUPERVISOR, StaffRole.COORDINATOR, StaffRole.ADMIN)) {
            return null;
        }
        if (who.isStaff() && who.holds(StaffRole.DEPARTMENT_HEAD) && who.department() != null) {
            return by == By.OFFICIAL ? who.department() : null;
        }
        throw new DomainException(Kind.FORBIDDEN, "assessment-not-yours",
                "The assessment is for supervisors, coordinators and the departments' heads", who.name());
    }

    /** Every unit of the period, scored and ranked, the best first. */
    List<AssessedUnit> assess(AssessmentPeriod period, By by) {
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Set<String>> deciders = new HashMap<>();
        AssessedCases.Read cases = assessedCases.read();
        for (TimedDecision d : decisions.between(period.from(), period.to())) {
            @Nullable String key = switch (by) {
                case DEPARTMENT -> d.department();
                case OFFICIAL -> d.decidedBy();
                case COUNTER -> cases.counterOf(d.caseNumber()).orElse(null);
            };
            if (key == null) {
                continue;
            }
            Tally t = tallies.computeIfAbsent(key, k -> new Tally(by == By.COUNTER ? cases.departmentOf(k)
                    : d.department()));
            t.decided++;
            t.onTime += d.onTime() ? 1 : 0;
            t.instant += d.instant() ? 1 : 0;
            if (d.legalWorkingDays() > 0) {
                t.daysUsed += d.workingDaysUsed();
                t.daysAllowed += d.legalWorkingDays();
            }
            if (t.cases.add(d.caseNumber())) {
                IntakeCase c = cases.of(d.caseNumber());
                t.visits += c.visitCount();
                t.oneVisit += c.visitCount() <= 1 ? 1 : 0;
                Channel channel = c.application().channel();
                t.online += channel == Channel.WEB || channel == Channel.MOBILE ? 1 : 0;
                // a counter's cases are those brought to it: the channel is not the counter's to choose
                t.channelCounted = by != By.COUNTER;
            }
            deciders.computeIfAbsent(d.caseNumber(), n -> new LinkedHashSet<>()).add(key);
        }
        List<Rating> rated = ratings.between(period.from(), period.to(), null).stream().filter(r -> !r.excluded())
                .toList();
        Map<Long, BadRating> bad = handlings.ofRatings(rated.stream().filter(r -> r.grade().bad()).map(Rating::id).toList());
        for (Rating r : rated) {
            Set<String> keys = switch (by) {
                case DEPARTMENT -> Set.of(r.department());
                case OFFICIAL -> deciders.getOrDefault(r.caseNumber(), Set.of());
                // every rating of a case the counter received, whenever its items were decided
                case COUNTER -> cases.counterOf(r.caseNumber()).map(Set::of).orElse(Set.of());
            };
            for (String key : keys) {
                Tally t = tallies.computeIfAbsent(key, k -> new Tally(by == By.COUNTER ? cases.departmentOf(k)
                        : r.department()));
                t.ratings++;
                if (r.grade().bad()) {
                    t.bad++;
                    BadRating b = bad.get(r.id());
                    t.fixed += b != null && b.step() == BadRating.Step.FEEDBACK_SENT ? 1 : 0;
                } else {
                    t.good++;
                }
            }
        }
        if (by == By.DEPARTMENT) {
            for (SupervisionFigures.ComplaintCount c : supervision.complaints(period.from(), period.to())) {
                Tally t = tallies.computeIfAbsent(c.department(), k -> new Tally(c.department()));
                t.complaints += c.received();
                t.complaintsInTime += c.answeredInTime();
            }
        }
        if (by != By.COUNTER) {
            supervised(period, by, tallies);
        }
        List<AssessedUnit> units = new ArrayList<>();
        tallies.forEach((key, t) -> units.add(unit(key, t)));
        units.sort(Comparator.comparingDouble(AssessedUnit::score).reversed().thenComparing(AssessedUnit::unit));
        List<AssessedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            AssessedUnit u = units.get(i);
            int rank = i > 0 && u.score() == units.get(i - 1).score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(u.ranked(rank));
        }
        return ranked;
    }

    /**
     * Spot-check findings and corrections not excused, of a department or of the official who decided; a counter has
     * none (supervision counts decisions, not the counter's work).
     */
    private void supervised(AssessmentPeriod period, By by, Map<String, Tally> tallies) {
        for (SupervisionFigures.FindingCount f : supervision.findings(period.from(), period.to())) {
            String key = by == By.DEPARTMENT ? f.department() : f.decidedBy();
            Tally t = tallies.computeIfAbsent(key, k -> new Tally(f.department()));
            t.found += f.found();
            t.compliant += f.compliant();
        }
        for (SupervisionFigures.CorrectionCount c : supervision.correctionsNotExcused(period.from(), period.to())) {
            String key = by == By.DEPARTMENT ? c.department() : c.decidedBy();
            tallies.computeIfAbsent(key, k -> new Tally(c.department())).corrections += c.corrections();
        }
    }

    private AssessedUnit unit(String key, Tally t) {
        Ratio onTime = new Ratio(t.onTime, t.decided);
        Ratio speed = new Ratio(t.daysUsed, t.daysAllowed);
        Ratio instant = new Ratio(t.instant, t.decided);
        Ratio visits = new Ratio(t.visits, t.cases.size());
        Ratio oneVisit = new Ratio(t.oneVisit, t.cases.size());
        Ratio online = t.channelCounted ? new Ratio(t.online, t.cases.size()) : new Ratio(0, 0);
        Ratio good = new Ratio(t.good, t.ratings);
        Ratio fixed = new Ratio(t.fixed, t.bad);
        Ratio inTime = new Ratio(t.complaintsInTime, t.complaints);
        Ratio compliance = new Ratio(t.compliant, t.found);
        double score = score(onTime, speed, instant, oneVisit, online, good, fixed, inTime, compliance, t.corrections,
                t.complaints);
        return new AssessedUnit(key, t.department, onTime, speed, instant, visits, oneVisit, online, good, fixed, inTime,
                compliance, t.corrections, score, settings.grade(score), 0);
    }

    /**
     * The score: 100 × the weighted mean of the rates that can be computed (提速率 counted as 1 − days used ÷ days
     * allowed, at least 0), less the points of each correction not excused and each complaint, within 0 and 100.
     */
    double score(Ratio onTime, Ratio speed, Ratio instant, Ratio oneVisit, Ratio online, Ratio good, Ratio fixed,
            Ratio inTime, Ratio compliance, int corrections, int complaints) {
        AssessmentSettings.Weights w = settings.weights();
        double[] sum = new double[2];
        add(sum, w.onTime(), onTime.value());
        Double used = speed.value();
        add(sum, w.speed(), used == null ? null : Math.max(0, 1 - used));
        add(sum, w.instant(), instant.value());
        add(sum, w.oneVisit(), oneVisit.value());
        add(sum, w.online(), online.value());
        add(sum, w.goodRatings(), good.value());
        add(sum, w.badRatingsFixed(), fixed.value());
        add(sum, w.complaintsInTime(), inTime.value());
        add(sum, w.compliance(), compliance.value());
        double mean = sum[1] == 0 ? 100 : 100 * sum[0] / sum[1];
        double score = mean - corrections * settings.correctionPoints() - complaints * settings.complaintPoints();
        return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10.0;
    }

    private static void add(double[] sum, double weight, @Nullable Double rate) {
        if (rate != null && weight > 0) {
            sum[0] += weight * rate;
            sum[1] += weight;
        }
    }

    /** What one unit counted in the period. */
    private static final class Tally {
        final String department;
        final Set<String> cases = new LinkedHashSet<>();
        int decided;
        int onTime;
        int instant;
        int daysUsed;
        int daysAllowed;
        int visits;
        int oneVisit;
        int online;
        int ratings;
        int good;
        int bad;
        int fixed;
        int complaints;
        int complaintsInTime;
        int found;
        int compliant;
        int corrections;
        boolean channelCounted;

        Tally(String department) {
            this.department = department;
        }
    }
}
