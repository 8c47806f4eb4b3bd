package org.onevisit.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local settings of the rating (local rules vary; these are the usual ones).
 *
 * @param badRatingDays the working days a department has to call back, fix and answer a bad rating (整改时限; 15 in
 *     most provinces, Sichuan's rule and the national text's ceiling)
 * @param linkLifetime how long a rating link sent by text message stays valid (the window for rating after the end)
 * @param padLifetime how long a link handed over on the counter's pad stays valid
 */
@ConfigurationProperties("onevisit.evaluation")
public record EvaluationSettings(@DefaultValue("15") int badRatingDays, @DefaultValue("30d") Duration linkLifetime,
        @DefaultValue("30m") Duration padLifetime) {

    public EvaluationSettings {
        if (badRatingDays < 1 || badRatingDays > 60) {
            throw new IllegalArgumentException("onevisit.evaluation.bad-rating-days is 1 to 60 working days");
        }
    }
}
