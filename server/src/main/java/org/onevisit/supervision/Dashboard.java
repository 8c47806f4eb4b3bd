package org.onevisit.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.onevisit.casework.DepartmentKpi;
import org.onevisit.casework.DepartmentLights;
import org.onevisit.casework.Overseeing;
import org.onevisit.platform.ReadOnly;
import org.onevisit.platform.ReplicaReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The supervisors' dashboard (电子监察): the lights of every department now, what is overdue or owed, the cases near
 * their legal deadline, and the trend of the last {@code onevisit.supervision.trend-months} months (default 6), all
 * read from casework's figures, so that each figure is the count of the rows its drill-down lists.
 */
@Service
@ReadOnly
public class Dashboard {

    private final Overseeing overseeing;
    private final Clock clock;
    private final int trendMonths;
    private final ReplicaReads replica;

    Dashboard(Overseeing overseeing, Clock clock, @Value("${onevisit.supervision.trend-months:6}") int trendMonths,
            ReplicaReads replica) {
        this.overseeing = overseeing;
        this.replica = replica;
        this.clock = clock;
        this.trendMonths = Math.max(1, Math.min(trendMonths, 24));
    }

    /** The figures, from the read replica when one is set (ADR 0054): they may be a few seconds old. */
    public DashboardFigures figures() {
        return replica.read(() -> {
            YearMonth now = YearMonth.now(clock);
            List<MonthTrend> trend = new ArrayList<>();
            for (int back = trendMonths - 1; back >= 0; back--) {
                trend.add(trend(now.minusMonths(back)));
            }
            return figures(trend);
        });
    }

    /** The figures of now without the trend (empty), for the metrics; from the read replica when one is set. */
    public DashboardFigures current() {
        return replica.read(() -> figures(List.of()));
    }

    private DashboardFigures figures(List<MonthTrend> trend) {
        List<DepartmentLights> lights = overseeing.lights();
        return new DashboardFigures(LocalDate.now(clock), lights, lights.stream().mapToInt(DepartmentLights::red).sum(),
                lights.stream().mapToInt(DepartmentLights::owedOpinions).sum(), overseeing.countNearLegalDeadline(),
                trend);
    }

    private MonthTrend trend(YearMonth month) {
        int opened = 0;
        int answered = 0;
        int onTime = 0;
        int deemed = 0;
        int late = 0;
        for (DepartmentKpi k : overseeing.month(month)) {
            opened += k.opened();
            answered += k.answered();
            onTime += k.answeredOnTime();
            deemed += k.deemedConsents();
            late += k.late();
        }
        return new MonthTrend(month, opened, answered, onTime, deemed, late);
    }
}
