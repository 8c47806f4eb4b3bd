package org.onevisit.evaluation;

import java.util.Map;

import org.onevisit.delivery.ResultDelivered;
import org.onevisit.intake.RatedCases;
import org.onevisit.intake.RatedCases.RatedCase;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a case's result reached the applicant (办结), the text message that tells them so carries a one-time link to
 * rate the service, queued in the same transaction through the outbox. A redelivered event sends no second link once
 * the case is rated.
 */
@Component
class RatingInvitations {

    private final RatingLinks links;
    private final Ratings ratings;
    private final RatedCases cases;
    private final Notifications notifications;
    private final EvaluationSettings settings;
    private final String publicBaseUrl;

    RatingInvitations(RatingLinks links, Ratings ratings, RatedCases cases, Notifications notifications,
            EvaluationSettings settings, @Value("${onevisit.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.links = links;
        this.ratings = ratings;
        this.cases = cases;
        this.notifications = notifications;
        this.settings = settings;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    @EventListener
    void on(ResultDelivered delivered) {
        if (ratings.rated(delivered.caseNumber())) {
            return;
        }
        RatedCase c = cases.find(delivered.caseNumber());
        String token = links.issue(c.number(), RatingChannel.SMS, settings.linkLifetime());
        notifications.text(c.phone(), c.number(), TextMessage.RATING_INVITED, Map.of("number", c.number(),
                "subject", c.subjectName(), "link", publicBaseUrl + "/rate/" + token,
                "days", settings.linkLifetime().toDays()));
    }
}
