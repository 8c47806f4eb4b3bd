package org.onevisit.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.supervision.WatchedClock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the alerts' timer now, as the scheduler would, and raises one alert directly, for tests outside the package. */
public final class AlertTimers {

    private AlertTimers() {
    }

    /** One pass of the timer; the number of alerts raised. */
    public static int raiseDueAlerts(ApplicationContext context) {
        return context.getBean(AlertTimer.class).raiseDueAlerts();
    }

    /** An alert of {@code level} on {@code clock} today, unless the clock has one already; whether it was raised. */
    public static boolean raise(ApplicationContext context, WatchedClock clock, AlertLevel level) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        return Boolean.TRUE.equals(context.getBean(TransactionTemplate.class).execute(s -> context.getBean(AlertRaising.class)
                .raiseOnce(clock, level, today, context.getBean(WorkCalendars.class).current(),
                        context.getBean(AlertThresholds.class).handlingWorkingDays())));
    }
}
