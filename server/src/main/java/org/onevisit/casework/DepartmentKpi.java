package org.onevisit.casework;

import org.jspecify.annotations.Nullable;

/**
 * A department's review figures for one month (绩效考核指标), as supervisors compare departments by them.
 *
 * @param opened reviews the department took up in the month
 * @param answered reviews answered in the month, deemed consents included
 * @param answeredOnTime of those, answered by an official on or before the deadline (按时办结)
 * @param deemedConsents reviews deemed consent in the month because nobody answered in time (超时默认)
 * @param late reviews due in the month that were not answered by their deadline: answered late, deemed, or still open
 *        after it passed (a review still open before its deadline is not late yet)
 * @param averageWorkingDays working days from opening to answer of the reviews answered in the month, the days the
 *        clock stood still not counted; empty when none was answered
 */
public record DepartmentKpi(String department, int opened, int answered, int answeredOnTime, int deemedConsents, int late,
        @Nullable Double averageWorkingDays) {

    /** 按时办结率: the share answered on time, 0 to 1; empty when none was answered. */
    public @Nullable Double onTimeRate() {
        return answered == 0 ? null : (double) answeredOnTime / answered;
    }
}
