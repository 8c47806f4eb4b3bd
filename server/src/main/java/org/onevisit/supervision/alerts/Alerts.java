package org.onevisit.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.ReadOnly;
import org.onevisit.people.AlertRecipients.Responsibility;
import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts (预警纠错) as their recipients and the supervisors see them: lists, acknowledgement (签收) and answer (回复),
 * each audited; an answer names the version it was given on, so that two officials cannot answer over each other.
 */
@Service
@Transactional
public class Alerts {

    /** The most alerts one list shows. */
    public static final int LIST_LIMIT = 200;

    /** Who reads: a supervisor reads every alert, anyone else the alerts they received. */
    public record Reader(String username, boolean supervisor) {
    }

    /** An alert with its recipients and what each answers for. */
    public record Received(Alert alert, Map<String, Responsibility> recipients) {

        /** Whether {@code username} may answer it (the department's recipients, not the supervisors). */
        public boolean answerableBy(String username) {
            Responsibility r = recipients.get(username);
            return r != null && r != Responsibility.SUPERVISOR && alert.state() != AlertState.ANSWERED;
        }
    }

    private final AlertStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(AlertStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The alerts {@code reader} may read that match {@code filter}, the newest first. */
    @ReadOnly
    public List<Received> list(AlertFilter filter, Reader reader) {
        return store.list(filter, reader.supervisor() ? null : reader.username(), LIST_LIMIT).stream()
                .map(a -> new Received(a, store.recipients(a.id()))).toList();
    }

    /** The alerts {@code username} received, whatever their role, the newest first. */
    @ReadOnly
    public List<Received> received(AlertFilter filter, String username) {
        return list(filter, new Reader(username, false));
    }

    /** Acknowledged by one of its recipients; acknowledged already, it stays as it was. */
    public Received acknowledge(long id, String username) {
        Alert alert = load(id);
        Map<String, Responsibility> recipients = store.recipients(id);
        AlertPolicy.mayAcknowledge(alert, recipients, username);
        Alert after = alert.acknowledge(username, clock.instant());
        return new Received(after == alert ? alert : save(alert, after, username, "acknowledgeAlert"), recipients);
    }

    /** Answered by one of the department's recipients: what was done, or why; {@code version} is the one they saw. */
    public Received answer(long id, long version, String text, String username) {
        Alert alert = load(id);
        Map<String, Responsibility> recipients = store.recipients(id);
        AlertPolicy.mayAnswer(alert, recipients, username);
        if (alert.version() != version) {
            throw AlertRefused.changed(id);
        }
        Alert after = alert.answer(text, username, clock.instant(), LocalDate.now(clock));
        return new Received(save(alert, after, username, "answerAlert"), recipients);
    }

    private Alert load(long id) {
        return store.find(id).orElseThrow(() -> AlertRefused.notFound(id));
    }

    private Alert save(Alert before, Alert after, String username, String action) {
        if (!store.update(after)) {
            throw AlertRefused.changed(before.id());
        }
        events.publishEvent(new AuditedChange("alert", String.valueOf(before.id()), action, username, "WEB",
                Map.of("state", before.state().name()), after(after), clock.instant()));
        return store.find(before.id()).orElseThrow();
    }

    private static Map<String, String> after(Alert a) {
        Alert.@Nullable Answer answer = a.answer();
        return answer == null ? Map.of("state", a.state().name())
                : Map.of("state", a.state().name(), "answer", answer.text());
    }
}
