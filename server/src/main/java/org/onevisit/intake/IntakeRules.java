package org.onevisit.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of intake that vary by region, with the defaults most provinces use.
 *
 * @param answerWorkingDays the working days within which a received case must be accepted or notified, else it
 *     counts as accepted from the day of receipt (《行政许可法》第三十二条: 五日)
 * @param pledgeMaxWorkingDays the longest 容缺 supplement period
 * @param pledgeMarginWorkingDays how many working days before the promised limit the supplement is due
 * @param pledgeReminderWorkingDays how many working days before the supplement deadline the reminder goes out
 */
@ConfigurationProperties("onevisit.intake")
public record IntakeRules(@DefaultValue("5") int answerWorkingDays, @DefaultValue("20") int pledgeMaxWorkingDays,
        @DefaultValue("2") int pledgeMarginWorkingDays, @DefaultValue("2") int pledgeReminderWorkingDays) {

    public static IntakeRules defaults() {
        return new IntakeRules(5, 20, 2, 2);
    }
}
