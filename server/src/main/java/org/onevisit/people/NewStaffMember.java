package org.onevisit.people;

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

    public NewStaffMember {
        if (!USERNAME.matcher(username).matches() || username.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            throw Invalid.because("staff-username-invalid",
                    "A username has 3 to 32 lower-case letters, digits, dots, hyphens or underscores and starts with a letter.");
        }
        if (displayName.isBlank()) {
            throw Invalid.because("staff-display-name-missing", "A member of staff needs a display name.");
        }
        departmentCode = StaffChange.department(departmentCode);
        roles = StaffChange.roles(roles);
        StaffChange.headOfADepartment(departmentCode, roles);
        displayName = displayName.strip();
    }

    @Override
    public String toString() {
        return "NewStaffMember[" + username + ", " + roles + "]";
    }
}
