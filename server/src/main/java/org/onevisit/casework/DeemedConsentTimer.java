package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.onevisit.platform.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超时默认: an open review whose deadline passed without an opinion is recorded as deemed consent (distinct
 * from a real one, and flagged), and the case moves on. Late tasks are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of nodes run this timer without handling a task twice.
 */
@Component
class DeemedConsentTimer {

    private final ReviewTasks tasks;
    private final StageOpener opener;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeemedConsentTimer(ReviewTasks tasks, StageOpener opener, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.opener = opener;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onevisit.casework.timer-delay:PT1M}")
    @Transactional
    public int deemLateReviewsConsented() {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (ReviewTask late : tasks.claimOverdue(today, 200)) {
            ReviewTask deemed = late.deemConsent(clock.instant());
            if (tasks.update(deemed)) {
                events.publishEvent(new AuditedChange("case", late.caseNumber(), "deemConsent", "system", "SYSTEM",
                        Map.of("task", late.itemCode() + "/" + late.department(), "status", late.status().name()),
                        Map.of("task", late.itemCode() + "/" + late.department(), "status", deemed.status().name(),
                                "deadline", String.valueOf(late.deadline())), clock.instant()));
                opener.openReadyStages(late.caseNumber(), today);
                count++;
            }
        }
        return count;
    }
}
