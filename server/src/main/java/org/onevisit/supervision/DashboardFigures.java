package org.onevisit.supervision;

import java.time.LocalDate;
import java.util.List;

import org.onevisit.casework.DepartmentLights;

/**
 * What the supervisors' dashboard shows on {@code asOf}: each department's open reviews by light and its opinions
 * owed after deemed consent; the reviews overdue, the opinions owed and the undecided cases near or past their legal
 * deadline across the centre; and the trend of the last months, the oldest first.
 */
public record DashboardFigures(LocalDate asOf, List<DepartmentLights> departments, int overdueReviews, int owedOpinions,
        int nearLegalDeadline, List<MonthTrend> trend) {

    public DashboardFigures {
        departments = List.copyOf(departments);
        trend = List.copyOf(trend);
    }

    /** Open reviews across the centre. */
    public int openReviews() {
        return departments.stream().mapToInt(DepartmentLights::open).sum();
    }
}
