package org.onevisit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.evaluation.BadRating.AppealOutcome;
import org.onevisit.evaluation.BadRating.Done;
import org.onevisit.evaluation.BadRating.Step;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.RatedCases.RatedCase;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/** The rules of 好差评 as plain Java: grades, indicators, who rates what, and the steps of a bad rating's handling. */
class RatingRulesTests {

    private static final Instant AT = Instant.parse("2026-10-19T01:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-11-09");
    private static final Duration WINDOW = Duration.ofDays(30);

    private static RatedCase aCase(CaseStatus status) {
        return new RatedCase("330999-2026-000001", "XK-SCJG-001", "营业执照", false, List.of("SCJG"), status,
                "13800001234", "张*");
    }

    private static Done done(String text) {
        return new Done(text, "scjg-chief", AT);
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_two_lowest_of_the_five_grades_are_bad_ratings() {
        assertThat(List.of(Grade.values())).extracting(Grade::stars).containsExactly(5, 4, 3, 2, 1);
        assertThat(List.of(Grade.values())).filteredOn(Grade::bad)
                .containsExactly(Grade.DISSATISFIED, Grade.VERY_DISSATISFIED);
    }

    @Test
    void online_and_offline_service_are_rated_with_the_national_indicators_of_each() {
        assertThat(Indicator.forChannel(RatingChannel.PORTAL)).containsExactly(Indicator.OVERALL, Indicator.EFFICIENCY,
                Indicator.GUIDE_ACCURACY, Indicator.CONVENIENCE, Indicator.PLATFORM_USABILITY);
        assertThat(Indicator.forChannel(RatingChannel.SMS)).isEqualTo(Indicator.forChannel(RatingChannel.APP));
        assertThat(Indicator.forChannel(RatingChannel.COUNTER_PAD)).containsExactly(Indicator.OVERALL,
                Indicator.SERVICE_EFFICIENCY, Indicator.SERVICE_LEVEL, Indicator.SERVICE_ATTITUDE);
        assertThat(Indicator.forChannel(RatingChannel.KIOSK)).isEqualTo(Indicator.forChannel(RatingChannel.COUNTER_PAD));
    }

    @Test
    void a_bad_rating_names_what_went_wrong_with_its_channels_indicators_and_a_good_one_names_nothing() {
        assertThat(code(() -> new Answer(Grade.DISSATISFIED, Set.of(), "", RatingChannel.PORTAL)))
                .isEqualTo("evaluation-reasons-missing");
        assertThat(code(() -> new Answer(Grade.SATISFIED, Set.of(Indicator.OVERALL), "", RatingChannel.PORTAL)))
                .isEqualTo("evaluation-reasons-for-good-rating");
        assertThat(code(() -> new Answer(Grade.VERY_DISSATISFIED, Set.of(Indicator.SERVICE_ATTITUDE), "",
                RatingChannel.PORTAL))).isEqualTo("evaluation-indicator-not-of-channel");
        assertThat(new Answer(Grade.VERY_DISSATISFIED, Set.of(Indicator.SERVICE_ATTITUDE), "  态度差  ",
                RatingChannel.COUNTER_PAD).comment()).isEqualTo("态度差");
    }

    @Test
    void a_comment_is_at_most_500_characters() {
        assertThat(new Answer(Grade.SATISFIED, Set.of(), "好".repeat(500), RatingChannel.PORTAL).comment()).hasSize(500);
        assertThat(code(() -> new Answer(Grade.SATISFIED, Set.of(), "好".repeat(501), RatingChannel.PORTAL)))
                .isEqualTo("evaluation-comment-too-long");
    }

    @Test
    void only_the_applicant_who_owns_the_case_rates_it_and_never_a_member_of_staff() {
        Actor clerk = new Actor("clerk", Actor.Kind.STAFF, Set.of(StaffRole.CLERK), null);
        assertThat(code(() -> RatingPolicy.checkRater(clerk, true, "N", RatingChannel.PORTAL)))
                .isEqualTo("evaluation-staff-cannot-rate");
        DomainException another = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> RatingPolicy.checkRater(Actor.applicant("applicant-2"), false, "N", RatingChannel.PORTAL));
        assertThat(another.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(code(() -> RatingPolicy.checkRater(Actor.applicant("applicant-1"), true, "N", RatingChannel.SMS)))
                .isEqualTo("evaluation-channel-needs-link");
        RatingPolicy.checkRater(Actor.applicant("applicant-1"), true, "N", RatingChannel.APP);
    }

    @Test
    void a_case_is_rated_once_after_it_ended_with_an_answer_to_the_applicant() {
        for (CaseStatus status : CaseStatus.values()) {
            boolean ended = status == CaseStatus.COMPLETED || status == CaseStatus.REFUSED
                    || status == CaseStatus.TERMINATED;
            if (ended) {
                RatingPolicy.checkRateable(aCase(status), false, AT, WINDOW);
            } else {
                assertThat(code(() -> RatingPolicy.checkRateable(aCase(status), false, AT, WINDOW))).as(status.name())
                        .isEqualTo("evaluation-case-not-ended");
            }
        }
        assertThat(code(() -> RatingPolicy.checkRateable(aCase(CaseStatus.COMPLETED), true, AT, WINDOW)))
                .isEqualTo("evaluation-already-rated");
    }

    @Test
    void the_rating_window_runs_from_the_cases_end_whatever_the_time_of_the_link_or_the_pad() {
        Instant ended = Instant.parse("2026-10-19T07:30:00Z");
        RatedCase completed = new RatedCase("330999-2026-000001", "XK-SCJG-001", "营业执照", false, List.of("SCJG"),
                CaseStatus.COMPLETED, "13800001234", "张*", ended);
        RatingPolicy.checkRateable(completed, false, ended, WINDOW);
        RatingPolicy.checkRateable(completed, false, ended.plus(WINDOW), WINDOW);
        assertThat(RatingPolicy.withinWindow(completed, ended.plus(WINDOW), WINDOW)).isTrue();
        assertThat(code(() -> RatingPolicy.checkRateable(completed, false, ended.plus(WINDOW).plusSeconds(1), WINDOW)))
                .isEqualTo("evaluation-window-closed");
        assertThat(RatingPolicy.withinWindow(completed, ended.plus(WINDOW).plusSeconds(1), WINDOW)).isFalse();
        // a case that ended before its end was kept has no window to check
        RatingPolicy.checkRateable(aCase(CaseStatus.COMPLETED), false, ended.plus(Duration.ofDays(400)), WINDOW);
    }

    @Test
    void a_bad_rating_is_called_back_fixed_and_answered_in_that_order() {
        BadRating assigned = BadRating.assigned(7, "SCJG", DUE);
        assertThat(code(() -> assigned.fix(done("整改")))).isEqualTo("evaluation-wrong-step");
        assertThat(code(() -> assigned.sendFeedback(done("反馈")))).isEqualTo("evaluation-wrong-step");
        BadRating answered = assigned.callBack(done("回访")).fix(done("整改")).sendFeedback(done("反馈"));
        assertThat(answered.step()).isEqualTo(Step.FEEDBACK_SENT);
        assertThat(answered.callBack().text()).isEqualTo("回访");
        assertThat(answered.fix().text()).isEqualTo("整改");
        assertThat(code(() -> answered.callBack(done("再回访")))).isEqualTo("evaluation-wrong-step");
        assertThat(code(() -> answered.appeal(done("申诉")))).isEqualTo("evaluation-wrong-step");
    }

    @Test
    void a_bad_rating_is_overdue_after_its_day_while_something_is_owed() {
        BadRating assigned = BadRating.assigned(7, "SCJG", DUE);
        assertThat(assigned.overdue(DUE)).isFalse();
        assertThat(assigned.overdue(DUE.plusDays(1))).isTrue();
        BadRating answered = assigned.callBack(done("回访")).fix(done("整改")).sendFeedback(done("反馈"));
        assertThat(answered.overdue(DUE.plusDays(30))).isFalse();
    }

    @Test
    void an_appeal_is_made_once_holds_the_handling_and_upheld_excludes_the_rating() {
        BadRating appealed = BadRating.assigned(7, "SCJG", DUE).appeal(done("恶意差评"));
        assertThat(appealed.appeal().outcome()).isEqualTo(AppealOutcome.PENDING);
        assertThat(code(() -> appealed.callBack(done("回访")))).isEqualTo("evaluation-appeal-pending");
        assertThat(code(() -> appealed.appeal(done("再申诉")))).isEqualTo("evaluation-appealed-already");

        BadRating upheld = appealed.decideAppeal(true, done("成立"));
        assertThat(upheld.step()).isEqualTo(Step.EXCLUDED);
        assertThat(upheld.overdue(DUE.plusDays(30))).isFalse();
        assertThat(code(() -> upheld.decideAppeal(false, done("再议")))).isEqualTo("evaluation-no-pending-appeal");

        BadRating rejected = appealed.decideAppeal(false, done("不成立"));
        assertThat(rejected.step()).isEqualTo(Step.ASSIGNED);
        assertThat(rejected.appeal().outcome()).isEqualTo(AppealOutcome.REJECTED);
        assertThat(rejected.callBack(done("回访")).step()).isEqualTo(Step.CALLED_BACK);
        assertThat(code(() -> rejected.appeal(done("再申诉")))).isEqualTo("evaluation-appealed-already");
    }

    @Test
    void the_departments_officials_handle_its_bad_ratings_and_a_supervisor_decides_appeals() {
        BadRating b = BadRating.assigned(7, "SCJG", DUE);
        BadRatingPolicy.checkHandler(new Actor("scjg-chief", Actor.Kind.STAFF, Set.of(StaffRole.CHIEF_REPRESENTATIVE),
                "SCJG"), b);
        assertThat(code(() -> BadRatingPolicy.checkHandler(new Actor("swj", Actor.Kind.STAFF,
                Set.of(StaffRole.REVIEWER), "SWJ"), b))).isEqualTo("evaluation-not-the-department");
        Actor supervisor = new Actor("supervisor", Actor.Kind.STAFF, Set.of(StaffRole.SUPERVISOR), null);
        assertThat(code(() -> BadRatingPolicy.checkHandler(supervisor, b))).isEqualTo("evaluation-not-the-department");
        BadRatingPolicy.checkAppealDecider(supervisor);
        assertThat(BadRatingPolicy.readable(supervisor, null)).isNull();
        Actor swj = new Actor("swj", Actor.Kind.STAFF, Set.of(StaffRole.REVIEWER), "SWJ");
        assertThat(BadRatingPolicy.readable(swj, null)).isEqualTo("SWJ");
        assertThat(code(() -> BadRatingPolicy.readable(swj, "SCJG"))).isEqualTo("evaluation-other-department");
        assertThat(code(() -> BadRatingPolicy.readable(Actor.applicant("applicant-1"), null)))
                .isEqualTo("evaluation-ratings-not-yours");
    }
}
