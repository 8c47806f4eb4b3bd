package org.onevisit.casework.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.DepartmentKpi;
import org.onevisit.casework.Overseeing;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.constraints.Size;

/** For supervisors and coordinators: the reviews overdue across departments, and the departments' monthly figures. */
@JsonApi("/api/v1/reviews")
@Tag(name = "Casework", description = "并联审批：部门审查、牵头部门决定")
@PreAuthorize("hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN')")
class OversightApi {

    private final Overseeing overseeing;
    private final ReviewLights lights;

    OversightApi(Overseeing overseeing, ReviewLights lights) {
        this.overseeing = overseeing;
        this.lights = lights;
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open reviews past their deadline (red lights) across departments, the longest overdue first, a page at a time")
    List<ReviewView> overdue(@RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String dept = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
        return lights.views(overseeing.overdue(dept, page, size));
    }

    @GetMapping("/owed-opinions")
    @Operation(summary = "超时默认 reviews whose department still owes its real opinion past the day it was due, the longest overdue first, a page at a time")
    List<ReviewView> owedOpinions(@RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String dept = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
        return lights.views(overseeing.owedOpinionsPastDue(dept, page, size));
    }

    @GetMapping("/kpis")
    @Operation(summary = "Each department's review figures for a month (yyyy-MM): opened, answered, on time, deemed consents, late, average working days")
    List<DepartmentKpi> kpis(@RequestParam @Size(max = 20) String month) {
        try {
            return overseeing.month(YearMonth.parse(month.strip()));
        } catch (DateTimeParseException e) {
            throw new DomainException(Kind.INVALID, "casework-month-invalid", "Not a month (yyyy-MM): " + month, month);
        }
    }
}
