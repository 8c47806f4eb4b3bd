package org.onevisit.supervision.web;

import java.security.Principal;
import java.util.List;

import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.SupervisionGroup;
import org.onevisit.supervision.SupervisionGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The departments' supervision groups (监管小组): read by staff, set up by administrators and supervisors. */
@JsonApi("/api/v1/supervision-groups")
@Tag(name = "Spot checks", description = "电子监察：授权决定抽查（谁授权、谁监管）")
class SupervisionGroupApi {

    private final SupervisionGroups groups;

    SupervisionGroupApi(SupervisionGroups groups) {
        this.groups = groups;
    }

    @GetMapping
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "Every department's supervision group: its leader (the department's principal head) and members")
    List<SupervisionGroup> all() {
        return groups.all();
    }

    /** The group's leader and members, changed from the version read (0 to set it up). */
    record GroupRequest(@NotBlank @Size(max = Limits.USERNAME) String leader,
            @NotNull @Size(max = SupervisionGroups.MAX_MEMBERS) List<@NotBlank @Size(max = Limits.USERNAME) String> members,
            @NotNull @PositiveOrZero Long version) {
    }

    @PutMapping("/{department}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Set up or change a department's supervision group: led by the department's principal head "
            + "(DEPARTMENT_HEAD of that department), 1 to 20 members; from the version read, 0 for a new group")
    SupervisionGroup setUp(@PathVariable @Size(max = Limits.DEPARTMENT) String department,
            @RequestBody @Valid GroupRequest r, Principal user) {
        return groups.setUp(department.strip().toUpperCase(java.util.Locale.ROOT), r.leader(), r.members(), r.version(),
                user.getName());
    }
}
