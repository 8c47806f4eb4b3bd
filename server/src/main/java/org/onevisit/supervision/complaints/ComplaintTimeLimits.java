package org.onevisit.supervision.complaints;

import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendar;

/**
 * A complaint's time limits in working days, counted on the centre's calendar from the day after the event. The
 * supervision body decides within 5 working days whether to accept a complaint (REFERENCE §6,
 * {@code onevisit.supervision.complaints.acceptance-days}); the department answers within 15 working days of the
 * routing ({@code answer-days}), the ceiling most provinces set for handling a bad review (国办发〔2019〕51号:
 * "原则上不超过15个工作日", REFERENCE §5), as no national rule sets one for complaints.
 */
public record ComplaintTimeLimits(int acceptanceDays, int answerDays) {

    public static final int ACCEPTANCE_DAYS = 5;
    public static final int ANSWER_DAYS = 15;

    public ComplaintTimeLimits {
        if (acceptanceDays < 1 || acceptanceDays > 60 || answerDays < 1 || answerDays > 120) {
            throw new IllegalArgumentException("Complaint time limits are 1 to 60 and 1 to 120 working days");
        }
    }

    /** The last day of the decision to accept a complaint received on {@code received}. */
    public LocalDate acceptanceDue(WorkCalendar calendar, LocalDate received) {
        return calendar.deadline(received, acceptanceDays).date();
    }

    /** The last day of the answer of a department a complaint was routed to on {@code routed}. */
    public LocalDate answerDue(WorkCalendar calendar, LocalDate routed) {
        return calendar.deadline(routed, answerDays).date();
    }
}
