package org.onevisit.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * One department's or one official's figures for a period (绩效考核), each rate with what it counts, and the score,
 * grade and rank they earn among their peers.
 *
 * @param unit the department's code, or the official's login
 * @param department the department: the unit itself, or the official's department
 * @param onTime items decided by the case's promised deadline ÷ items decided (按时办结率)
 * @param speed working days used ÷ working days of the legal limit, over the items decided that have one (提速率:
 *     the lower the faster)
 * @param instant instant items (即办件) ÷ items decided
 * @param visits in-person visits (跑动) ÷ cases decided: visits per case
 * @param oneVisit cases that cost at most one visit ÷ cases decided (跑一次率)
 * @param online cases handed in online (web, mobile) ÷ cases decided (网办率)
 * @param goodRatings ratings not bad ÷ ratings counted (好评率)
 * @param badRatingsFixed bad ratings fixed and answered ÷ bad ratings (差评整改率)
 * @param complaintsInTime complaints answered by their deadline ÷ complaints routed to the department; none for an
 *     official
 * @param compliance sampled decisions found 合规 ÷ sampled decisions found on (抽查合规率)
 * @param corrections corrections (纠错) whose error was not excused (容错)
 * @param score 0 to 100, one decimal
 * @param rank 1 for the best score; equal scores share a rank
 */
public record AssessedUnit(String unit, String department, Ratio onTime, Ratio speed, Ratio instant, Ratio visits,
        Ratio oneVisit, Ratio online, Ratio goodRatings, Ratio badRatingsFixed, Ratio complaintsInTime,
        Ratio compliance, int corrections, double score, AssessmentGrade grade, int rank) {

    /** The number of complaints routed to the department. */
    public int complaints() {
        return complaintsInTime.denominator();
    }

    AssessedUnit ranked(int r) {
        return new AssessedUnit(unit, department, onTime, speed, instant, visits, oneVisit, online, goodRatings,
                badRatingsFixed, complaintsInTime, compliance, corrections, score, grade, r);
    }

    /** A figure as a fraction: what it counts over what it counts among. */
    public record Ratio(int numerator, int denominator) {

        /** The quotient, 0 to 1 for a share; empty when there is nothing to count among. */
        public @Nullable Double value() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }

        /** The quotient as a percentage with one decimal; "—" when there is nothing to count among. */
        public String percent() {
            Double v = value();
            return v == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
        }

        /** The quotient with two decimals (visits per case, days used ÷ days allowed); "—" when none. */
        public String decimal() {
            Double v = value();
            return v == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", v);
        }
    }
}
