package org.onevisit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onevisit.platform.DomainException;

/** The periods of an assessment, and the grades of a score with the default and with local thresholds. */
class AssessmentPeriodTests {

    @Test
    void a_month_and_a_quarter() {
        AssessmentPeriod november = AssessmentPeriod.parse(" 2026-11 ");
        assertThat(november).isEqualTo(new AssessmentPeriod("2026-11", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30")));
        assertThat(november.quarter()).isFalse();
        AssessmentPeriod q4 = AssessmentPeriod.parse("2026-q4");
        assertThat(q4).isEqualTo(new AssessmentPeriod("2026-Q4", LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-12-31")));
        assertThat(q4.quarter()).isTrue();
        assertThat(AssessmentPeriod.parse("2028-02").to()).isEqualTo("2028-02-29");
        assertThat(AssessmentPeriod.parse("2026-Q1").to()).isEqualTo("2026-03-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "Q4-2026", "1999-12", "2026/11", "2026-1",
        "20261", "2026-11-01", "2026-11..2026-12"})
    void anything_else_is_a_clear_problem(String text) {
        assertThatThrownBy(() -> AssessmentPeriod.parse(text)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("assessment-period-invalid"));
    }

    @Test
    void grades_by_the_lowest_score_of_each() {
        AssessmentSettings defaults = new AssessmentSettings(new AssessmentSettings.Weights(25, 10, 5, 10, 10, 15, 5, 5,
                15), 5, 1, 90, 80, 60);
        assertThat(defaults.grade(100)).isEqualTo(AssessmentGrade.EXCELLENT);
        assertThat(defaults.grade(90)).isEqualTo(AssessmentGrade.EXCELLENT);
        assertThat(defaults.grade(89.9)).isEqualTo(AssessmentGrade.GOOD);
        assertThat(defaults.grade(80)).isEqualTo(AssessmentGrade.GOOD);
        assertThat(defaults.grade(60)).isEqualTo(AssessmentGrade.PASS);
        assertThat(defaults.grade(59.9)).isEqualTo(AssessmentGrade.FAIL);
        assertThatThrownBy(() -> new AssessmentSettings(defaults.weights(), 5, 1, 80, 90, 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentSettings.Weights(0, 0, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentSettings.Weights(-1, 0, 0, 0, 0, 0, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
