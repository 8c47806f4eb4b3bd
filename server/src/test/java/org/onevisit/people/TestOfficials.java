package org.onevisit.people;

import java.util.Locale;
import java.util.Set;

/**
 * The officials of a department for tests that need someone to review and decide its items: a reviewer who is also
 * its chief representative, opened once ({@code official-<department>}).
 */
public final class TestOfficials {

    private TestOfficials() {
    }

    public static synchronized String of(StaffAccounts staff, String department) {
        String username = "official-" + department.toLowerCase(Locale.ROOT);
        if (staff.find(username).isEmpty()) {
            staff.open(new NewStaffMember(username, "部门审查 " + department, department,
                    Set.of(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE), "official-pass-1"));
        }
        return username;
    }
}
