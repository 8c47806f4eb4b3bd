package org.onevisit.supervision.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When alerts are raised, under {@code onevisit.supervision.alerts}; the defaults follow the usual signal rules of
 * electronic supervision (REFERENCE §6).
 *
 * @param warningWorkingDays 预警 this many working days before a deadline (default 1: "a reminder signal one working
 *     day before the promised deadline"); 0 raises it on the deadline's day
 * @param handlingWorkingDays the period a yellow card gives to handle the matter and answer it, in working days after
 *     the day it is raised (default 3: the rules order handling "within a set period" and leave its length to the
 *     region); then it turns red
 * @param referralTo to whom a red card is referred for accountability (问责)
 */
@ConfigurationProperties("onevisit.supervision.alerts")
public record AlertThresholds(@DefaultValue("1") int warningWorkingDays, @DefaultValue("3") int handlingWorkingDays,
        @DefaultValue("纪检监察机构") String referralTo) {

    public AlertThresholds {
        referralTo = referralTo.strip();
        if (referralTo.isEmpty() || referralTo.length() > 200) {
            throw new IllegalArgumentException("onevisit.supervision.alerts.referral-to: 1 to 200 characters");
        }
        if (warningWorkingDays < 0 || warningWorkingDays > 30 || handlingWorkingDays < 1 || handlingWorkingDays > 30) {
            throw new IllegalArgumentException("onevisit.supervision.alerts: warning-working-days 0 to 30 and "
                    + "handling-working-days 1 to 30, not " + warningWorkingDays + " and " + handlingWorkingDays);
        }
    }
}
