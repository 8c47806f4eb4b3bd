package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.calendar.CalendarFixture.date;
import static org.onevisit.casework.ReviewTaskBuilder.aReviewTask;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.onevisit.calendar.CalendarFixture;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.platform.DomainException;

/** A department's review: each step starts from the statuses it allows and changes the one part it is about. */
class ReviewTaskTests {

    private static final WorkCalendar CALENDAR = CalendarFixture.calendar20252026();
    private static final Instant TUESDAY_10 = Instant.parse("2026-10-20T02:00:00Z");

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_review_opens_against_its_limit_in_working_days() {
        ReviewTask opened = aReviewTask().build().open(date("2026-10-19"), CALENDAR);

        assertThat(opened.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(opened.clock().openedOn()).isEqualTo(date("2026-10-19"));
        assertThat(opened.clock().deadline()).isEqualTo(date("2026-10-26"));
    }

    @Test
    void a_correction_request_stops_the_clock_and_resuming_moves_the_deadline_by_the_working_days_it_stood_still() {
        ReviewTask open = aReviewTask().openOn(date("2026-10-19"), date("2026-10-26")).build();

        ReviewTask waiting = open.decide(Opinion.CORRECTION, " 请补充排水管网平面图 ", "reviewer", TUESDAY_10,
                date("2026-10-20"), false);
        assertThat(waiting.status()).isEqualTo(TaskStatus.AWAITING_CORRECTION);
        assertThat(waiting.clock().suspendedOn()).isEqualTo(date("2026-10-20"));
        assertThat(waiting.answer()).isEqualTo(new TaskAnswer("请补充排水管网平面图", "reviewer", TUESDAY_10, false));

        ReviewTask resumed = waiting.resume(date("2026-10-23"), CALENDAR);
        assertThat(resumed.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(resumed.clock().suspendedOn()).isNull();
        assertThat(resumed.clock().suspendedDays()).isEqualTo(3);
        assertThat(resumed.clock().deadline()).isEqualTo(date("2026-10-29"));
        assertThat(resumed.answer().by()).isNull();
    }

    @Test
    void a_consent_leaves_the_clock_running_to_its_deadline() {
        ReviewTask open = aReviewTask().openOn(date("2026-10-19"), date("2026-10-26")).build();

        ReviewTask consented = open.decide(Opinion.CONSENT, "", "chief", TUESDAY_10, date("2026-10-20"), true);

        assertThat(consented.status()).isEqualTo(TaskStatus.CONSENTED);
        assertThat(consented.clock()).isEqualTo(open.clock());
        assertThat(consented.answer().delegated()).isTrue();
    }

    @Test
    void a_suspension_stops_the_clock_with_its_reason_and_resuming_clears_it() {
        ReviewTask suspended = aReviewTask().openOn(date("2026-10-19"), date("2026-10-26")).build()
                .suspend("EXPERT_REVIEW", "专家评审", date("2026-10-21"));
        assertThat(suspended.status()).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(suspended.clock().suspensionReason()).isEqualTo("EXPERT_REVIEW");
        assertThat(suspended.answer().text()).isEqualTo("专家评审");

        ReviewTask resumed = suspended.resume(date("2026-10-28"), CALENDAR);
        assertThat(resumed.clock().suspensionReason()).isEmpty();
        assertThat(resumed.clock().suspendedDays()).isEqualTo(5);
        assertThat(resumed.clock().deadline()).isEqualTo(date("2026-11-02"));
    }

    @Test
    void a_review_is_extended_once_and_the_extension_states_who_approved_it_and_why() {
        ReviewTask open = aReviewTask().withId(9).openOn(date("2026-10-19"), date("2026-10-26")).build();

        ReviewTask extended = open.extend(date("2026-11-09"), 10, " 经局长批准：需现场核查 ");
        assertThat(extended.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(extended.clock().deadline()).isEqualTo(date("2026-11-09"));
        assertThat(extended.clock().extensionDays()).isEqualTo(10);
        assertThat(extended.clock().extensionNote()).isEqualTo("经局长批准：需现场核查");

        assertThatThrownBy(() -> extended.extend(date("2026-11-23"), 10, "再次延长"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-extended-already"));
        assertThatThrownBy(() -> open.extend(date("2026-11-09"), 10, " "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-extension-reason-missing"));
    }

    @Test
    void each_step_starts_only_from_the_statuses_it_allows() {
        ReviewTask waiting = aReviewTask().build();
        ReviewTask open = aReviewTask().openOn(date("2026-10-19"), date("2026-10-26")).build();
        ReviewTask consented = aReviewTask().answered(TaskStatus.CONSENTED).build();

        assertThatThrownBy(() -> waiting.decide(Opinion.CONSENT, "", "r", TUESDAY_10, date("2026-10-20"), false))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
        assertThatThrownBy(() -> open.open(date("2026-10-20"), CALENDAR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
        assertThatThrownBy(() -> open.resume(date("2026-10-20"), CALENDAR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
        assertThatThrownBy(() -> consented.suspend("HEARING", "听证", date("2026-10-20")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
        assertThatThrownBy(() -> consented.deemConsent(TUESDAY_10, "超时", date("2026-10-21")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
    }

    @Test
    void a_case_that_ends_closes_its_unfinished_reviews_and_leaves_the_answered_ones() {
        ReviewTask consented = aReviewTask().answered(TaskStatus.CONSENTED).build();
        ReviewTask closed = aReviewTask().build().close("申请人撤回申请", "applicant", TUESDAY_10);

        assertThat(consented.close("申请人撤回申请", "applicant", TUESDAY_10)).isSameAs(consented);
        assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(closed.answer()).isEqualTo(new TaskAnswer("申请人撤回申请", "applicant", TUESDAY_10, false));
    }

    @Test
    void queries_name_statuses_only_through_the_enum() {
        assertThat(TaskStatus.sql(EnumSet.of(TaskStatus.SUSPENDED, TaskStatus.OPEN))).isEqualTo("('OPEN', 'SUSPENDED')");
        assertThat(TaskStatus.sql(TaskStatus.UNFINISHED)).isEqualTo("('WAITING', 'OPEN', 'AWAITING_CORRECTION', 'SUSPENDED')");
        assertThat(TaskStatus.ANSWERED).allMatch(TaskStatus::done).doesNotContain(TaskStatus.CLOSED);
        assertThat(TaskStatus.DEEMED_CONSENT.sql()).isEqualTo("'DEEMED_CONSENT'");
    }
}
