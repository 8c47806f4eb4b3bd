package org.onevisit.people;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The person taking an action, as the authorisation policies see them: a member of staff with their roles and
 * department, an applicant with their portal account, or someone the centre has no account for, who may take no
 * action that needs a person. Policies decide from this, never from what a page or a request says of the person.
 *
 * @param name the login name the action is recorded under ({@code clerk}, {@code applicant-12})
 * @param department a member of staff's department; null for the centre's own staff and for everyone else
 */
public record Actor(String name, Kind kind, Set<StaffRole> roles, @Nullable String department) {

    /** Which kind of person. */
    public enum Kind {
        /** 工作人员: acts in their roles, for their department. */
        STAFF,
        /** 申请人: acts for themselves, on their own cases. */
        APPLICANT,
        /** Not known to the centre (no account, or a disabled one). */
        UNKNOWN
    }

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (kind != Kind.STAFF && (!roles.isEmpty() || department != null)) {
            throw new IllegalArgumentException("Only staff have roles and a department");
        }
    }

    /** A member of staff as their account stands; a disabled account is nobody the centre knows. */
    public static Actor staff(StaffMember member) {
        return member.enabled() ? new Actor(member.username(), Kind.STAFF, member.roles(), member.departmentCode())
                : unknown(member.username());
    }

    /** An applicant logged in to their portal account. */
    public static Actor applicant(String account) {
        return new Actor(account, Kind.APPLICANT, Set.of(), null);
    }

    public static Actor unknown(String name) {
        return new Actor(name, Kind.UNKNOWN, Set.of(), null);
    }

    public boolean holds(StaffRole role) {
        return roles.contains(role);
    }

    /** Whether they hold at least one of the roles. */
    public boolean holdsAny(StaffRole... any) {
        for (StaffRole role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    /**
     * Whether a member of staff who works in the hall (counter, departments, coordinators, supervisors, administrators):
     * staff holding a role other than the 12345 hotline's, whose account only refers complaints, and the monitoring
     * system's, whose account only reads the metrics.
     */
    public boolean worksInTheHall() {
        return isStaff() && roles.stream().anyMatch(r -> r != StaffRole.HOTLINE && r != StaffRole.MONITOR);
    }

    public boolean isApplicant() {
        return kind == Kind.APPLICANT;
    }

    /** Whether they work for the given department (the centre's own staff work for none). */
    public boolean worksFor(@Nullable String departmentCode) {
        return department != null && department.equals(departmentCode);
    }
}
