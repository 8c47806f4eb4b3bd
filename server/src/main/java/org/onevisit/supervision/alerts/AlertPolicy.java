package org.onevisit.supervision.alerts;

import java.util.Map;

import org.onevisit.people.AlertRecipients.Responsibility;

/**
 * Who may act on an alert: any of its recipients acknowledges it (签收); the department's own recipients — handler,
 * chief representative, head — answer it, for the department must correct and reply; supervisors read and acknowledge.
 */
final class AlertPolicy {

    private AlertPolicy() {
    }

    static void mayAcknowledge(Alert alert, Map<String, Responsibility> recipients, String username) {
        if (!recipients.containsKey(username)) {
            throw AlertRefused.notYours(alert.id());
        }
    }

    static void mayAnswer(Alert alert, Map<String, Responsibility> recipients, String username) {
        Responsibility responsibility = recipients.get(username);
        if (responsibility == null || responsibility == Responsibility.SUPERVISOR) {
            throw AlertRefused.notYours(alert.id());
        }
    }
}
