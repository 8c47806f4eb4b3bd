package org.onevisit.people;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** People as the policies see them, for the policies' own tests. */
public final class TestActors {

    public static final Actor CLERK = staff("clerk", null, StaffRole.CLERK);
    public static final Actor COORDINATOR = staff("coordinator", null, StaffRole.COORDINATOR);
    public static final Actor SUPERVISOR = staff("supervisor", null, StaffRole.SUPERVISOR);
    public static final Actor ADMIN = staff("admin", null, StaffRole.ADMIN);
    public static final Actor APPLICANT = Actor.applicant("applicant-1");
    public static final Actor ANOTHER_APPLICANT = Actor.applicant("applicant-2");
    public static final Actor NOBODY = Actor.unknown("someone");

    private TestActors() {
    }

    /** A chief representative of the department, who reviews for it too (as the demo chiefs do). */
    public static Actor chiefOf(String department) {
        return staff(department.toLowerCase(java.util.Locale.ROOT) + "-chief", department, StaffRole.CHIEF_REPRESENTATIVE,
                StaffRole.REVIEWER);
    }

    public static Actor reviewerOf(String department) {
        return staff(department.toLowerCase(java.util.Locale.ROOT) + "-reviewer", department, StaffRole.REVIEWER);
    }

    public static Actor staff(String username, @Nullable String department, StaffRole... roles) {
        return Actor.staff(new StaffMember(username, username, department, Set.of(roles), true, false));
    }
}
