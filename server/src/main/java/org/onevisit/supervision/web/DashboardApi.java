package org.onevisit.supervision.web;

import org.onevisit.platform.JsonApi;
import org.onevisit.supervision.Dashboard;
import org.onevisit.supervision.DashboardFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The supervisors' dashboard figures for other screens and systems: the same as the dashboard page shows. */
@JsonApi("/api/v1/supervision")
@Tag(name = "Supervision", description = "电子监察：红黄绿灯、预警、抽查、投诉")
@PreAuthorize(DashboardPage.READERS)
class DashboardApi {

    private final Dashboard dashboard;

    DashboardApi(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Each department's open reviews by light (green, yellow, red) and opinions owed after deemed consent, the reviews overdue, the undecided cases near or past their legal deadline, and the trend of the last months")
    DashboardFigures figures() {
        return dashboard.figures();
    }
}
