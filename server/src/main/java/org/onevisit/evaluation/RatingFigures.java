package org.onevisit.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actors;
import org.onevisit.platform.ReadOnly;
import org.onevisit.platform.ReplicaReads;
import org.springframework.stereotype.Service;

/**
 * The month's ratings as published (每月通报): per grade, 好评率 and 差评整改率, of one department or of each. A rating
 * excluded on an upheld appeal is counted apart and in neither rate. 好评率 is the share of the counted ratings that are
 * not bad (非常满意, 满意, 基本满意 — 差评 being 不满意 and 非常不满意); 差评整改率 the share of the counted bad ratings whose
 * handling is complete: called back, fixed and answered (件件有整改、有反馈).
 */
@Service
@ReadOnly
public class RatingFigures {

    private final Ratings ratings;
    private final BadRatings handlings;
    private final Actors actors;
    private final ReplicaReads replica;

    RatingFigures(Ratings ratings, BadRatings handlings, Actors actors, ReplicaReads replica) {
        this.replica = replica;
        this.ratings = ratings;
        this.handlings = handlings;
        this.actors = actors;
    }

    /** The month of one department (or all, null) with its ratings, as {@code reader} may read them. */
    public Month month(YearMonth month, @Nullable String department, String reader) {
        String shown = BadRatingPolicy.readable(actors.of(reader), department);
        List<Rating> rated = ratings.between(month.atDay(1), month.atEndOfMonth(), shown);
        return new Month(month, shown, figures(rated), rated);
    }

    /** Each department's figures for the month, for the public (no rating, nobody named), by department code. */
    public List<DepartmentFigures> published(YearMonth month) {
        return replica.read(() -> publish(month));
    }

    /**
     * The month's ratings counted by grade, those excluded left out, across the centre: for the metrics, one count per
     * grade, from the read replica when one is set.
     */
    public Map<Grade, Integer> gradeCounts(YearMonth month) {
        return replica.read(() -> ratings.countByGrade(month.atDay(1), month.atEndOfMonth()));
    }

    private List<DepartmentFigures> publish(YearMonth month) {
        Map<String, List<Rating>> byDepartment = new TreeMap<>();
        for (Rating r : ratings.between(month.atDay(1), month.atEndOfMonth(), null)) {
            byDepartment.computeIfAbsent(r.department(), d -> new ArrayList<>()).add(r);
        }
        return byDepartment.entrySet().stream().map(e -> new DepartmentFigures(e.getKey(), figures(e.getValue())))
                .toList();
    }

    private Figures figures(List<Rating> rated) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        int excluded = 0;
        List<Long> bad = new ArrayList<>();
        for (Rating r : rated) {
            if (r.excluded()) {
                excluded++;
                continue;
            }
            grades.merge(r.grade(), 1, Integer::sum);
            if (r.grade().bad()) {
                bad.add(r.id());
            }
        }
        int counted = rated.size() - excluded;
        int fixed = (int) handlings.ofRatings(bad).values().stream()
                .filter(b -> b.step() == BadRating.Step.FEEDBACK_SENT).count();
        return new Figures(grades, counted, excluded, bad.size(), fixed,
                counted == 0 ? null : percent(counted - bad.size(), counted),
                bad.isEmpty() ? null : percent(fixed, bad.size()));
    }

    private static double percent(int part, int whole) {
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    /**
     * The figures of a set of ratings.
     *
     * @param grades how many ratings of each grade were counted
     * @param counted the ratings counted (those excluded left out)
     * @param excluded the ratings excluded as malicious on an upheld appeal
     * @param fixed the counted bad ratings whose handling is complete
     * @param goodRate 好评率 in percent, one decimal; null when nothing was counted
     * @param fixRate 差评整改率 in percent, one decimal; null when there was no bad rating
     */
    public record Figures(Map<Grade, Integer> grades, int counted, int excluded, int bad, int fixed,
            @Nullable Double goodRate, @Nullable Double fixRate) {

        public Figures {
            grades = java.util.Collections.unmodifiableMap(new EnumMap<>(grades));
        }
    }

    /** A department's figures for a month. */
    public record DepartmentFigures(String department, Figures figures) {
    }

    /** A month of ratings: of one department, or all (department null). */
    public record Month(YearMonth month, @Nullable String department, Figures figures, List<Rating> ratings) {

        public Month {
            ratings = List.copyOf(ratings);
        }
    }
}
