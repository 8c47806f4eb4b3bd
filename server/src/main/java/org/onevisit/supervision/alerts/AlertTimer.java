package org.onevisit.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.WatchedClock;
import org.onevisit.casework.WatchedClocks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预警纠错 on the clock: every pass looks at the watched clocks near or past their deadline and raises the reminder or
 * yellow card each is due ({@link AlertRule}), then turns red the yellow cards whose handling period passed
 * unanswered. A pass claims the timer's row with {@code FOR UPDATE SKIP LOCKED}, so one node at a time raises alerts,
 * and each level of a clock is recorded once (checked, and the table's unique key behind it): a second pass raises
 * nothing new.
 */
@Component
class AlertTimer {

    private static final int RED_PER_PASS = 500;

    private final AlertStore store;
    private final AlertRaising raising;
    private final List<WatchedClocks> watched;
    private final WorkCalendars calendars;
    private final Clock clock;
    private final AlertThresholds thresholds;

    AlertTimer(AlertStore store, AlertRaising raising, ObjectProvider<WatchedClocks> watched, WorkCalendars calendars,
            Clock clock, AlertThresholds thresholds) {
        this.store = store;
        this.raising = raising;
        this.watched = watched.orderedStream().toList();
        this.calendars = calendars;
        this.clock = clock;
        this.thresholds = thresholds;
    }

    /** One pass; the number of alerts raised. */
    @Scheduled(fixedDelayString = "${onevisit.supervision.alerts.timer-delay:PT5M}")
    @Transactional
    public int raiseDueAlerts() {
        if (!store.claimTimer(clock.instant())) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        WorkCalendar calendar = calendars.current();
        AlertRule rule = new AlertRule(thresholds.warningWorkingDays());
        int raised = 0;
        for (WatchedClocks source : watched) {
            for (WatchedClock c : source.dueBy(rule.horizon(today, calendar))) {
                Optional<AlertLevel> due = rule.due(c, today, calendar);
                if (due.isPresent() && raising.raiseOnce(c, due.get(), today, calendar, thresholds.handlingWorkingDays())) {
                    raised++;
                }
            }
        }
        for (Alert yellow : store.yellowsPastTheirPeriod(today, RED_PER_PASS)) {
            if (yellow.unansweredAfterPeriod(today)) {
                raising.raiseRed(yellow, today, thresholds.referralTo());
                raised++;
            }
        }
        return raised;
    }
}
