package org.onevisit.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.people.AlertRecipients;
import org.onevisit.people.AlertRecipients.Responsibility;
import org.onevisit.audit.AuditedChange;
import org.onevisit.casework.WatchedClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Raises one alert: records it with its recipients, queues each recipient's message in the outbox, and audits it, all
 * in the timer's transaction. The message names the case by its number and the item, nothing of the applicant.
 */
@Component
class AlertRaising {

    private final AlertStore store;
    private final List<AlertRecipients> recipients;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertRaising(AlertStore store, ObjectProvider<AlertRecipients> recipients, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.recipients = recipients.orderedStream().toList();
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** A reminder or a yellow card for the clock, unless it has one of that level already; whether it was raised. */
    boolean raiseOnce(WatchedClock watched, AlertLevel level, LocalDate today, WorkCalendar calendar,
            int handlingWorkingDays) {
        if (store.exists(watched, level)) {
            return false;
        }
        LocalDate answerBy = level == AlertLevel.YELLOW ? calendar.deadline(today, handlingWorkingDays).date() : null;
        raise(Alert.raised(level, watched, today, clock.instant(), answerBy, null), answerBy);
        return true;
    }

    /** The red card after a yellow one whose period passed unanswered, referred to {@code referralTo}. */
    void raiseRed(Alert yellow, LocalDate today, String referralTo) {
        raise(Alert.raised(AlertLevel.RED, yellow.clock(), today, clock.instant(), null,
                new Alert.Referral(referralTo, today)), yellow.answerBy());
    }

    private void raise(Alert alert, @Nullable LocalDate answerBy) {
        Map<String, Responsibility> to = recipientsOf(alert);
        Alert stored = store.insert(alert, to);
        WatchedClock c = stored.clock();
        Map<String, Object> values = new HashMap<>(Map.of("number", c.caseNumber(), "subject", c.itemName(),
                "clock", clockName(c.watched()), "deadline", c.deadline()));
        TextMessage message = switch (stored.level()) {
            case WARNING -> TextMessage.ALERT_WARNING;
            case YELLOW -> TextMessage.ALERT_YELLOW;
            case RED -> TextMessage.ALERT_RED;
        };
        if (message.parameters().contains("answerBy")) {
            values.put("answerBy", String.valueOf(answerBy));
        }
        if (stored.referral() != null) {
            values.put("referredTo", stored.referral().to());
        }
        to.keySet().forEach(username -> notifications.toStaff(username, subjectId(stored), message, values));
        Map<String, String> after = new LinkedHashMap<>(Map.of("level", stored.level().name(), "case", c.caseNumber(),
                "department", c.department(), "deadline", c.deadline().toString(), "recipients",
                String.join(",", to.keySet())));
        if (stored.referral() != null) {
            after.put("referredTo", stored.referral().to());
        }
        events.publishEvent(new AuditedChange("alert", String.valueOf(stored.id()), "raiseAlert", "system", "SYSTEM",
                Map.of(), after, clock.instant()));
    }

    /** The recipients of an alert, each once, with the first responsibility they bear for it. */
    private Map<String, Responsibility> recipientsOf(Alert alert) {
        Map<String, Responsibility> to = new LinkedHashMap<>();
        String handler = alert.clock().handler();
        for (Responsibility r : alert.level().recipients()) {
            if (r == Responsibility.HANDLER && handler != null
                    && recipients.stream().anyMatch(source -> source.enabled(handler))) {
                to.putIfAbsent(handler, r);
                continue;
            }
            String department = r == Responsibility.SUPERVISOR ? null : alert.clock().department();
            recipients.forEach(source -> source.holding(r, department).forEach(u -> to.putIfAbsent(u, r)));
        }
        return to;
    }

    /** The clock's name in the message. */
    private static String clockName(WatchedClock.Watched watched) {
        return switch (watched) {
            case STEP -> "审查环节";
            case CASE -> "承诺办结期限";
            case INTAKE -> "受理答复期限";
            case PRE_CHECK -> "网上预审答复期限";
        };
    }

    /** What the outbox files an alert's messages under. */
    static String subjectId(Alert alert) {
        return "alert-" + alert.id();
    }
}
