package org.onevisit.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local settings of the rating (local rules vary; these are the usual ones).
 *
 * @param badRatingDays the working days a department has to call back, fix and answer a bad rating (整改时限; 15 in
 *     most provinces, Sichuan's rule and the national text's ceiling)
 * @param linkLifetime how long a rating link sent by text message stays valid
 * @param padLifetime how long a link handed over on the counter's pad stays valid
 * @param window how long after the case's end (办结, 终止, 不予受理) the applicant may rate it, on any channel (GB/T
 *     39734-2020 leaves its length to local rules; 30 days here)
 */
@ConfigurationProperties("onevisit.evaluation")
public record EvaluationSettings(@DefaultValue("15") int badRatingDays, @DefaultValue("30d") Duration linkLifetime,
        @DefaultValue("30m") Duration padLifetime, @DefaultValue("30d") Duration window) {

    public EvaluationSettings {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("onevisit.evaluation.window must be positive");
        }
        if (badRatingDays < 1 || badRatingDays > 60) {
            throw new IllegalArgumentException("onevisit.evaluation.bad-rating-days is 1 to 60 working days");
        }
    }
}
