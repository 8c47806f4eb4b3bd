package org.onevisit.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.CounterKind;
import org.onevisit.catalog.HallCounter;
import org.onevisit.catalog.HallOrganisation;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The hall's counters (窗口): read by anyone, as the hall's signs show them; added by administrators. */
@JsonApi("/api/v1/counters")
class CounterApi {

    /** A new counter: its number across the centre (A04, B12 …), name, kind and department (none: the centre's own). */
    record NewCounter(@NotBlank @Size(max = 16) String number, @NotBlank @Size(max = 200) String name,
            @NotNull CounterKind kind, @Nullable @Size(max = Limits.DEPARTMENT) String departmentCode) {
    }

    private final HallOrganisation organisation;

    CounterApi(HallOrganisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "Anyone: the hall's counters with their kind and department")
    List<HallCounter> all() {
        return organisation.counters();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Administrators: add a counter; its number is fixed from then on")
    ResponseEntity<HallCounter> create(@Valid @RequestBody NewCounter counter, Authentication administrator) {
        String department = counter.departmentCode() == null || counter.departmentCode().isBlank() ? null
                : counter.departmentCode().strip();
        HallCounter created = organisation.createCounter(new HallCounter(counter.number().strip().toUpperCase(Locale.ROOT),
                counter.name().strip(), counter.kind(), department, 0), administrator.getName());
        return ResponseEntity.created(URI.create("/api/v1/counters/" + created.number())).body(created);
    }
}
