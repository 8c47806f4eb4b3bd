package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.audit.AuditedChange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超时默认: an open review whose deadline passed without an opinion, where the item's rule allows it, is recorded
 * as deemed consent (distinct from a real one, and flagged), and the case moves on; the late department still owes
 * its opinion within {@code onevisit.casework.late-opinion-days} working days (泰州: one). Reviews of other items
 * stay open and go red. Late tasks are claimed with {@code FOR UPDATE SKIP LOCKED}, so any number of nodes run
 * this timer without handling a task twice.
 */
@Component
class DeemedConsentTimer {

    private final ReviewTasks tasks;
    private final StageOpener opener;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkCalendars calendars;
    private final int lateOpinionDays;

    DeemedConsentTimer(ReviewTasks tasks, StageOpener opener, ApplicationEventPublisher events, Clock clock,
            WorkCalendars calendars, @Value("${onevisit.casework.late-opinion-days:1}") int lateOpinionDays) {
        this.tasks = tasks;
        this.opener = opener;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.lateOpinionDays = lateOpinionDays;
    }

    @Scheduled(fixedDelayString = "${onevisit.casework.timer-delay:PT1M}")
    @Transactional
    public int deemLateReviewsConsented() {
        LocalDate today = LocalDate.now(clock);
        LocalDate opinionDue = calendars.current().deadline(today, lateOpinionDays).date();
        int count = 0;
        for (ReviewTask late : tasks.claimOverdue(today, 200)) {
            ReviewTask deemed = late.deemConsent(clock.instant(), "超时未出具意见，视为同意", opinionDue);
            if (tasks.update(deemed)) {
                events.publishEvent(new AuditedChange("case", late.caseNumber(), "deemConsent", "system", "SYSTEM",
                        Map.of("task", late.itemCode() + "/" + late.department(), "status", late.status().name()),
                        Map.of("task", late.itemCode() + "/" + late.department(), "status", deemed.status().name(),
                                "deadline", String.valueOf(late.clock().deadline()), "opinionDue", opinionDue.toString()),
                        clock.instant()));
                opener.afterAnswer(late, today);
                count++;
            }
        }
        return count;
    }
}
