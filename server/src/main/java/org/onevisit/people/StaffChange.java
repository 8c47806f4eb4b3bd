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
        if (departmentCode != null && departmentCode.isBlank()) {
            departmentCode = null;
        }
        if (departmentCode != null) {
            departmentCode = departmentCode.strip().toUpperCase(Locale.ROOT);
            if (!DEPARTMENT_CODE.matcher(departmentCode).matches()) {
                throw Invalid.because("staff-department-code-invalid", "Department code " + departmentCode + " is not valid.",
                        departmentCode);
            }
        }
        if (roles.isEmpty()) {
            throw Invalid.because("staff-roles-missing", "A member of staff needs at least one role.");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }
}
