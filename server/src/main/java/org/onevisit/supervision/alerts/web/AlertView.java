package org.onevisit.supervision.alerts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.AlertRecipients.Responsibility;
import org.onevisit.casework.WatchedClock.Watched;
import org.onevisit.supervision.alerts.Alert;
import org.onevisit.supervision.alerts.AlertLevel;
import org.onevisit.supervision.alerts.AlertState;
import org.onevisit.supervision.alerts.Alerts;

/**
 * An alert as the API and the pages show it: the case by its number and item, the department by code and name, the
 * deadline, the handling period of a yellow card, who acknowledged and answered it, a red card's referral, and who
 * received it. {@code answerable}: whether the reader may answer it now.
 */
public record AlertView(long id, AlertLevel level, Watched watched, String caseNumber, String itemName,
        String department, String departmentName, LocalDate deadline, LocalDate raisedOn, @Nullable LocalDate answerBy,
        AlertState state, @Nullable String acknowledgedBy, @Nullable String acknowledgedByName,
        @Nullable Instant acknowledgedAt, @Nullable String answer, @Nullable String answeredBy,
        @Nullable String answeredByName, @Nullable Instant answeredAt, @Nullable String referredTo,
        @Nullable LocalDate referredOn, Map<String, Responsibility> recipients, boolean answerable, long version) {

    static AlertView of(Alerts.Received r, String departmentName, UnaryOperator<String> staffName, String reader) {
        Alert a = r.alert();
        Alert.Acknowledgement ack = a.acknowledgement();
        Alert.Answer answer = a.answer();
        Alert.Referral referral = a.referral();
        return new AlertView(a.id(), a.level(), a.clock().watched(), a.clock().caseNumber(), a.clock().itemName(),
                a.clock().department(), departmentName, a.clock().deadline(), a.raisedOn(), a.answerBy(), a.state(),
                ack == null ? null : ack.by(), ack == null ? null : staffName.apply(ack.by()), ack == null ? null : ack.at(),
                answer == null ? null : answer.text(), answer == null ? null : answer.by(),
                answer == null ? null : staffName.apply(answer.by()), answer == null ? null : answer.at(),
                referral == null ? null : referral.to(), referral == null ? null : referral.on(), r.recipients(),
                r.answerableBy(reader), a.version());
    }
}
