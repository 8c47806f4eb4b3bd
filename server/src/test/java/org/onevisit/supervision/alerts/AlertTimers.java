package org.onevisit.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.WatchedClock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the alerts' timer now, as the scheduler would, and raises one alert directly, for tests outside the package. */
public final class AlertTimers {

    private AlertTimers() {
    }

    /** One pass of the timer; the number of alerts raised. */
    public static int raiseDueAlerts(ApplicationContext context) {
        return context.getBean(AlertTimer.class).raiseDueAlerts();
    }

    /**
     * An alert of {@code level} on {@code clock} today, unless the clock has one already; whether it was raised. A red
     * card follows the clock's yellow card, raised first if need be, with its referral.
     */
    public static boolean raise(ApplicationContext context, WatchedClock clock, AlertLevel level) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        AlertRaising raising = context.getBean(AlertRaising.class);
        AlertThresholds thresholds = context.getBean(AlertThresholds.class);
        return Boolean.TRUE.equals(context.getBean(TransactionTemplate.class).execute(s -> {
            AlertLevel first = level == AlertLevel.RED ? AlertLevel.YELLOW : level;
            boolean raised = raising.raiseOnce(clock, first, today, context.getBean(WorkCalendars.class).current(),
                    thresholds.handlingWorkingDays());
            if (level != AlertLevel.RED) {
                return raised;
            }
            AlertStore store = context.getBean(AlertStore.class);
            if (store.exists(clock, AlertLevel.RED)) {
                return false;
            }
            long yellow = context.getBean(JdbcClient.class).sql("SELECT id FROM supervision_alert WHERE watched = ?"
                    + " AND watched_key = ? AND level = 'YELLOW'").params(clock.watched().name(), clock.key())
                    .query(Long.class).single();
            raising.raiseRed(store.find(yellow).orElseThrow(), today, thresholds.referralTo());
            return true;
        }));
    }
}
