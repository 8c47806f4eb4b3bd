package org.onevisit.supervision;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** The centre's reviews of one month, every department together: the points of the dashboard's trend. */
public record MonthTrend(YearMonth month, int opened, int answered, int answeredOnTime, int deemedConsents, int late) {

    /** 按时办结率: the share answered on time, 0 to 1; empty when none was answered. */
    public @Nullable Double onTimeRate() {
        return answered == 0 ? null : (double) answeredOnTime / answered;
    }
}
