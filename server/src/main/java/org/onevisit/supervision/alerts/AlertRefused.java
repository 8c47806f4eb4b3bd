package org.onevisit.supervision.alerts;

import org.onevisit.platform.DomainException;

/** The refusals of the alerts, each with its stable code; the messages are {@code error.<code>}. */
final class AlertRefused {

    private AlertRefused() {
    }

    static DomainException notFound(long id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "alert-not-found", "No alert " + id, id);
    }

    static DomainException notYours(long id) {
        return new DomainException(DomainException.Kind.FORBIDDEN, "alert-not-yours",
                "Only the alert's recipients acknowledge it, and only the department's answer it: alert " + id, id);
    }

    static DomainException answeredAlready(long id) {
        return new DomainException(DomainException.Kind.CONFLICT, "alert-answered-already", "Alert " + id
                + " was answered already", id);
    }

    static DomainException changed(long id) {
        return new DomainException(DomainException.Kind.CONFLICT, "alert-changed", "Alert " + id
                + " was changed meanwhile", id);
    }

    static DomainException answerInvalid() {
        return new DomainException(DomainException.Kind.INVALID, "alert-answer-invalid",
                "An answer says what was done or why, in 1 to " + Alert.ANSWER_LENGTH + " characters", Alert.ANSWER_LENGTH);
    }
}
