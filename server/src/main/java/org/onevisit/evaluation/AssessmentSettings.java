package org.onevisit.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the performance assessment (绩效考核) scores and grades (ADR 0036): the weight of each rate in the score, the
 * points a correction not excused and a complaint take off, and the lowest score of each grade. A rate that cannot be
 * computed for a unit (nothing to count) is left out and the others' weights share its part.
 *
 * @param weights the weight of each rate; they need not add up to 100
 * @param correctionPoints points off the score for each correction whose error was not excused (容错)
 * @param complaintPoints points off the score for each complaint routed to the department
 * @param excellent the lowest score graded 优秀
 * @param good the lowest score graded 良好
 * @param pass the lowest score graded 合格; below it 不合格
 */
@ConfigurationProperties("onevisit.evaluation.assessment")
public record AssessmentSettings(@DefaultValue Weights weights, @DefaultValue("5") double correctionPoints,
        @DefaultValue("1") double complaintPoints, @DefaultValue("90") double excellent, @DefaultValue("80") double good,
        @DefaultValue("60") double pass) {

    public AssessmentSettings {
        if (correctionPoints < 0 || complaintPoints < 0) {
            throw new IllegalArgumentException("onevisit.evaluation.assessment: points off are not negative");
        }
        if (!(excellent > good && good > pass && pass >= 0 && excellent <= 100)) {
            throw new IllegalArgumentException(
                    "onevisit.evaluation.assessment: 100 >= excellent > good > pass >= 0 is required");
        }
    }

    /** The grade of {@code score}. */
    public AssessmentGrade grade(double score) {
        return score >= excellent ? AssessmentGrade.EXCELLENT
                : score >= good ? AssessmentGrade.GOOD : score >= pass ? AssessmentGrade.PASS : AssessmentGrade.FAIL;
    }

    /** The weight of each rate in the score, none negative and not all zero. */
    public record Weights(@DefaultValue("25") double onTime, @DefaultValue("10") double speed,
            @DefaultValue("5") double instant, @DefaultValue("10") double oneVisit, @DefaultValue("10") double online,
            @DefaultValue("15") double goodRatings, @DefaultValue("5") double badRatingsFixed,
            @DefaultValue("5") double complaintsInTime, @DefaultValue("15") double compliance) {

        public Weights {
            double[] all = {onTime, speed, instant, oneVisit, online, goodRatings, badRatingsFixed, complaintsInTime,
                compliance};
            double sum = 0;
            for (double w : all) {
                if (w < 0) {
                    throw new IllegalArgumentException("onevisit.evaluation.assessment.weights: no weight is negative");
                }
                sum += w;
            }
            if (sum == 0) {
                throw new IllegalArgumentException("onevisit.evaluation.assessment.weights: not all weights are zero");
            }
        }
    }
}
