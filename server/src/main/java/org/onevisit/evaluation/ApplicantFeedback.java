package org.onevisit.evaluation;

import java.util.Locale;
import java.util.Map;

import org.onevisit.catalog.Catalog;
import org.onevisit.intake.RatedCases;
import org.onevisit.intake.RatedCases.RatedCase;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.springframework.stereotype.Component;

/** Tells the applicant by text message what the department did about their bad rating (件件有反馈). */
@Component
class ApplicantFeedback {

    private final RatedCases cases;
    private final Notifications notifications;
    private final Catalog catalog;

    ApplicantFeedback(RatedCases cases, Notifications notifications, Catalog catalog) {
        this.cases = cases;
        this.notifications = notifications;
        this.catalog = catalog;
    }

    void send(Rating rating, String text) {
        RatedCase c = cases.find(rating.caseNumber());
        String department = catalog.department(rating.department()).map(d -> d.name(Locale.CHINESE))
                .orElse(rating.department());
        notifications.text(c.phone(), c.number(), TextMessage.BAD_RATING_ANSWERED, Map.of("number", c.number(),
                "subject", c.subjectName(), "department", department, "text", text.strip()));
    }
}
