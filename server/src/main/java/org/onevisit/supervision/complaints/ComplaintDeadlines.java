package org.onevisit.supervision.complaints;

import java.time.Clock;
import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The complaints' time limits as configured, on the centre's published calendar, from the centre's clock. */
@Component
class ComplaintDeadlines {

    private final WorkCalendars calendars;
    private final Clock clock;
    private final ComplaintTimeLimits limits;

    ComplaintDeadlines(WorkCalendars calendars, Clock clock,
            @Value("${onevisit.supervision.complaints.acceptance-days:" + ComplaintTimeLimits.ACCEPTANCE_DAYS + "}")
            int acceptanceDays,
            @Value("${onevisit.supervision.complaints.answer-days:" + ComplaintTimeLimits.ANSWER_DAYS + "}")
            int answerDays) {
        this.calendars = calendars;
        this.clock = clock;
        this.limits = new ComplaintTimeLimits(acceptanceDays, answerDays);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate acceptanceDue(LocalDate received) {
        return limits.acceptanceDue(calendars.current(), received);
    }

    LocalDate answerDue(LocalDate routed) {
        return limits.answerDue(calendars.current(), routed);
    }
}
