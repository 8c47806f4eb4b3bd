package org.onevisit.casework;

import java.util.List;
import java.util.Map;

import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Casework's text messages about a case, to each of its applicants ({@link CaseApplicants}); to the holder alone where
 * no module knows the others.
 */
@Component
class ApplicantTexts {

    private final Notifications notifications;
    private final ObjectProvider<CaseApplicants> applicants;

    ApplicantTexts(Notifications notifications, ObjectProvider<CaseApplicants> applicants) {
        this.notifications = notifications;
        this.applicants = applicants;
    }

    /** Queues {@code message} about the case to every applicant, in the caller's transaction. */
    void text(CaseFile c, TextMessage message, Map<String, ?> values) {
        CaseApplicants known = applicants.getIfAvailable();
        List<String> phones = known == null ? List.of() : known.phones(c.number());
        for (String phone : phones.isEmpty() ? List.of(c.facts().holder().phone()) : phones) {
            notifications.text(phone, c.number(), message, values);
        }
    }
}
