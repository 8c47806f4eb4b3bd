package org.onevisit.people;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff (工作人员) as other modules and pages see them; never carries the password.
 *
 * @param departmentCode the catalog code of their department (e.g. {@code SCJG}), or null when they work
 *     for the centre itself
 */
public record StaffMember(String username, String displayName, @Nullable String departmentCode,
        Set<StaffRole> roles, boolean enabled, boolean demo) {

    public StaffMember {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean holds(StaffRole role) {
        return roles.contains(role);
    }

    /** True when they work for the centre rather than for a department. */
    public boolean atCentre() {
        return departmentCode == null;
    }
}
