package org.onevisit.supervision.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.calendar.CalendarFixture.date;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.calendar.CalendarFixture;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.platform.DomainException;
import org.onevisit.supervision.ComplaintParties.Kind;
import org.onevisit.supervision.ComplaintParties.Party;
import org.onevisit.supervision.ComplaintParties.Role;

/** A complaint's rules on the 2026 calendar: its time limits in working days, its transitions, who may act. */
class ComplaintRulesTests {

    private static final WorkCalendar CALENDAR = CalendarFixture.calendar20252026();
    private static final ComplaintTimeLimits LIMITS = new ComplaintTimeLimits(ComplaintTimeLimits.ACCEPTANCE_DAYS,
            ComplaintTimeLimits.ANSWER_DAYS);
    private static final Party SUPERVISOR = new Party("supervisor", Kind.STAFF, Set.of(Role.SUPERVISOR), null);
    private static final Party SCJG_HEAD = new Party("scjg-head", Kind.STAFF, Set.of(Role.DEPARTMENT_HEAD), "SCJG");
    private static final Party BDC_CHIEF = new Party("bdc-chief", Kind.STAFF, Set.of(Role.CHIEF_REPRESENTATIVE), "BDC");
    private static final Party CLERK = new Party("clerk", Kind.STAFF, Set.of(Role.CLERK), null);
    private static final Party APPLICANT = new Party("applicant-1", Kind.APPLICANT, Set.of(), null);
    private static final Party HOTLINE = new Party("hotline-12345", Kind.STAFF, Set.of(Role.HOTLINE), null);
    private static final Party ANOTHER = new Party("applicant-2", Kind.APPLICANT, Set.of(), null);

    private static Complaint receivedOn(String day) {
        return Complaint.received("TS2026000001", new Filing(ComplaintChannel.PORTAL, ComplaintCategory.SERVICE_ATTITUDE,
                "态度生硬", null, null, "applicant-1", date(day), LIMITS.acceptanceDue(CALENDAR, date(day))),
                Complainant.account("applicant-1"));
    }

    @Test
    void the_decision_to_accept_is_due_5_working_days_later_across_the_national_day() {
        // 10-01 to 10-07 off; 10-08, 10-09, the make-up Saturday 10-10, 10-12, 10-13
        assertThat(LIMITS.acceptanceDue(CALENDAR, date("2026-09-30"))).isEqualTo(date("2026-10-13"));
        assertThat(LIMITS.acceptanceDue(CALENDAR, date("2026-02-13"))).as("across 春节").isEqualTo(date("2026-02-27"));
    }

    @Test
    void the_answer_is_due_15_working_days_after_the_routing() {
        assertThat(LIMITS.answerDue(CALENDAR, date("2026-10-14"))).isEqualTo(date("2026-11-04"));
    }

    @Test
    void a_complaint_undecided_after_its_5_working_days_is_overdue_and_one_answered_late_too() {
        Complaint received = receivedOn("2026-09-30");
        assertThat(received.overdue(date("2026-10-13"))).isFalse();
        assertThat(received.overdue(date("2026-10-14"))).isTrue();

        Complaint routed = received.accept(date("2026-10-14"), "supervisor")
                .route("SCJG", date("2026-10-14"), date("2026-11-04"));
        assertThat(routed.overdue(date("2026-11-04"))).isFalse();
        assertThat(routed.overdue(date("2026-11-05"))).isTrue();
        assertThat(routed.answer("已整改", "scjg-head", date("2026-11-05")).overdue(date("2026-12-01"))).isFalse();
    }

    @Test
    void a_complaint_goes_through_its_steps_in_order_and_ends_once() {
        Complaint received = receivedOn("2026-10-19");
        assertThatThrownBy(() -> received.route("SCJG", date("2026-10-19"), date("2026-11-09")))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "supervision-complaint-state");
        Complaint refused = received.refuse(date("2026-10-20"), "supervisor", "不属于投诉范围");
        assertThat(refused.state()).isEqualTo(ComplaintState.NOT_ACCEPTED);
        assertThat(refused.decision().accepted()).isFalse();
        assertThatThrownBy(() -> refused.accept(date("2026-10-20"), "supervisor")).isInstanceOf(DomainException.class);

        Complaint closed = received.accept(date("2026-10-20"), "supervisor")
                .route("SCJG", date("2026-10-20"), date("2026-11-10")).answer("已整改", "scjg-head", date("2026-10-22"))
                .close("属实，已整改", date("2026-10-23"));
        assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(closed.state().ended()).isTrue();
    }

    @Test
    void each_channel_is_recorded_by_its_own_people() {
        ComplaintPolicy.checkFiling(APPLICANT, ComplaintChannel.PORTAL);
        ComplaintPolicy.checkFiling(CLERK, ComplaintChannel.COUNTER);
        ComplaintPolicy.checkFiling(SUPERVISOR, ComplaintChannel.HOTLINE_12345);
        ComplaintPolicy.checkFiling(SUPERVISOR, ComplaintChannel.LETTER);
        assertThatThrownBy(() -> ComplaintPolicy.checkFiling(CLERK, ComplaintChannel.PORTAL))
                .hasFieldOrPropertyWithValue("code", "supervision-complaint-channel-forbidden");
        assertThatThrownBy(() -> ComplaintPolicy.checkFiling(APPLICANT, ComplaintChannel.HOTLINE_12345))
                .hasFieldOrPropertyWithValue("code", "supervision-complaint-channel-forbidden");
    }

    @Test
    void the_hotline_refers_complaints_and_reads_and_lists_only_its_own_referrals() {
        ComplaintPolicy.checkFiling(HOTLINE, ComplaintChannel.HOTLINE_12345);
        for (ComplaintChannel other : List.of(ComplaintChannel.PORTAL, ComplaintChannel.COUNTER, ComplaintChannel.LETTER)) {
            assertThatThrownBy(() -> ComplaintPolicy.checkFiling(HOTLINE, other)).as(other.name())
                    .hasFieldOrPropertyWithValue("code", "supervision-complaint-channel-forbidden");
        }
        Complaint referral = Complaint.received("TS2026000002", new Filing(ComplaintChannel.HOTLINE_12345,
                ComplaintCategory.SERVICE_ATTITUDE, "来电反映态度生硬", null, "12345-20261019-0007", "hotline-12345",
                date("2026-10-19"), LIMITS.acceptanceDue(CALENDAR, date("2026-10-19"))),
                Complainant.named("李四", "13900001111"));
        ComplaintPolicy.checkReadable(HOTLINE, referral);
        assertThatThrownBy(() -> ComplaintPolicy.checkReadable(HOTLINE, receivedOn("2026-10-19")))
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> ComplaintPolicy.checkSupervising(HOTLINE, referral))
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.FORBIDDEN);
        assertThat(ComplaintPolicy.listing(HOTLINE)).isEqualTo(new ComplaintPolicy.Scope(null, null, "hotline-12345"));
        assertThat(ComplaintPolicy.listing(SUPERVISOR)).isEqualTo(new ComplaintPolicy.Scope(null, null, null));
    }

    @Test
    void the_routed_departments_head_answers_and_another_applicant_finds_nothing() {
        Complaint routed = receivedOn("2026-10-19").accept(date("2026-10-19"), "supervisor")
                .route("SCJG", date("2026-10-19"), date("2026-11-09"));
        ComplaintPolicy.checkAnswering(SCJG_HEAD, routed);
        assertThatThrownBy(() -> ComplaintPolicy.checkAnswering(BDC_CHIEF, routed))
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> ComplaintPolicy.checkSupervising(SCJG_HEAD, routed))
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.FORBIDDEN);
        ComplaintPolicy.checkReadable(APPLICANT, routed);
        assertThatThrownBy(() -> ComplaintPolicy.checkReadable(ANOTHER, routed))
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.NOT_FOUND);
    }

    @Test
    void a_real_name_complainant_gives_a_name_and_a_phone_and_an_anonymous_one_is_not_told() {
        assertThatThrownBy(() -> new Complainant(Complainant.Kind.NAMED, null, "张三", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Complainant.named("张三", "13800001234").maskedPhone()).isEqualTo("138****1234");
        assertThat(Complainant.anonymous("13800001234").realName()).isFalse();
    }
}
