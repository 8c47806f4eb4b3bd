package org.onevisit.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An account to open for a member of staff. Usernames are lower case and start with a letter, so they
 * never look like an applicant's ID number, credit code or phone number on the shared login form; and never with
 * {@value ApplicantAccounts#PRINCIPAL_PREFIX}, the name applicants act under, so that no member of staff can act as an
 * applicant or the other way round.
 */
public record NewStaffMember(String username, String displayName, @Nullable String departmentCode,
        Set<StaffRole> roles, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

    public NewStaffMember {
        if (!USERNAME.matcher(username).matches() || username.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            throw Invalid.because("staff-username-invalid",
                    "A username has 3 to 32 lower-case letters, digits, dots, hyphens or underscores and starts with a letter.");
        }
        if (displayName.isBlank()) {
            throw Invalid.because("staff-display-name-missing", "A member of staff needs a display name.");
        }
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
        displayName = displayName.strip();
    }

    @Override
    public String toString() {
        return "NewStaffMember[" + username + ", " + roles + "]";
    }
}
