package org.onevisit.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator changes of a staff account: the name shown, the department (or the centre itself) and the
 * roles. The username never changes: it is the name of record in every case's history.
 */
public record StaffChange(String displayName, @Nullable String departmentCode, Set<StaffRole> roles) {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

    public StaffChange {
        if (displayName.isBlank() || displayName.strip().length() > 100) {
            throw Invalid.because("staff-display-name-missing", "A member of staff needs a display name.");
        }
        displayName = displayName.strip();
        departmentCode = department(departmentCode);
        roles = roles(roles);
        headOfADepartment(departmentCode, roles);
    }

    /** A staff member's department as given: none for the centre itself (blank), else a well-formed code. */
    static @Nullable String department(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String shown = code.strip().toUpperCase(Locale.ROOT);
        if (!DEPARTMENT_CODE.matcher(shown).matches()) {
            throw Invalid.because("staff-department-code-invalid", "Department code " + shown + " is not valid.", shown);
        }
        return shown;
    }

    /** The principal head of a department (部门主要负责人) heads a department: the centre's own staff head none. */
    static void headOfADepartment(@Nullable String departmentCode, Set<StaffRole> roles) {
        if (departmentCode == null && roles.contains(StaffRole.DEPARTMENT_HEAD)) {
            throw Invalid.because("staff-department-head-without-department",
                    "The head of a department belongs to that department.");
        }
    }

    /** A staff member's roles: at least one. */
    static Set<StaffRole> roles(Set<StaffRole> roles) {
        if (roles.isEmpty()) {
            throw Invalid.because("staff-roles-missing", "A member of staff needs at least one role.");
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }
}
