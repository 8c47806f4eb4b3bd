package org.onevisit.supervision.complaints;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.supervision.ComplaintParties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a real-name complainant the decision on their complaint and its result, in writing, through the message
 * outbox (REFERENCE §6), filed under the complaint's number; an anonymous complainant is told nothing. An account's
 * notices go to the account's phone.
 */
@Component
class ComplaintNotices {

    private final Notifications notifications;
    private final ComplaintParties parties;
    private final MessageSource messages;

    ComplaintNotices(Notifications notifications, ComplaintParties parties, MessageSource messages) {
        this.notifications = notifications;
        this.parties = parties;
        this.messages = messages;
    }

    void decided(Complaint c) {
        var decision = c.decision();
        if (decision == null) {
            return;
        }
        if (decision.accepted()) {
            send(c, TextMessage.COMPLAINT_ACCEPTED, Map.of());
        } else {
            send(c, TextMessage.COMPLAINT_NOT_ACCEPTED, Map.of("reason", decision.refusalReason()));
        }
    }

    void closed(Complaint c) {
        var closure = c.closure();
        if (closure != null) {
            send(c, TextMessage.COMPLAINT_CLOSED, Map.of("result", closure.result()));
        }
    }

    private void send(Complaint c, TextMessage message, Map<String, @Nullable String> more) {
        String phone = phoneOf(c.complainant());
        if (!c.complainant().realName() || phone == null) {
            return;
        }
        Map<String, Object> values = new java.util.HashMap<>(more);
        values.put("number", c.number());
        values.put("subject", messages.getMessage("supervision.complaint.category." + c.filing().category().name(), null,
                c.filing().category().name(), java.util.Locale.SIMPLIFIED_CHINESE));
        notifications.text(phone, c.number(), message, values);
    }

    private @Nullable String phoneOf(Complainant complainant) {
        if (complainant.account() != null) {
            return parties.contactOf(complainant.account()).map(ComplaintParties.Contact::phone).orElse(null);
        }
        return complainant.phone();
    }
}
