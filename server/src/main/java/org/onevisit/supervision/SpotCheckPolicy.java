package org.onevisit.supervision;

import java.util.Optional;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who supervises a department's delegated decisions ("谁授权、谁监管"): the department's supervision group — its leader,
 * the department's principal head, and its members — opens spot checks of the department's decisions and records the
 * findings; the centre's supervisors may do so for every department. Administrators and supervisors set the groups
 * up; a group is led by the principal head of its own department.
 */
final class SpotCheckPolicy {

    private SpotCheckPolicy() {
    }

    /** Whether the person may open, read and record findings of spot checks of the department's decisions. */
    static boolean supervises(Actor who, Optional<SupervisionGroup> groupOfDepartment) {
        return who.holds(StaffRole.SUPERVISOR)
                || who.isStaff() && groupOfDepartment.map(g -> g.includes(who.name())).orElse(false);
    }

    static void checkSupervises(Actor who, String department, Optional<SupervisionGroup> groupOfDepartment) {
        if (!supervises(who, groupOfDepartment)) {
            throw new DomainException(Kind.FORBIDDEN, "spot-check-not-your-group",
                    who.name() + " is neither in the supervision group of " + department + " nor a supervisor",
                    department);
        }
    }

    /** Whether the person may set up a department's supervision group. */
    static boolean setsUpGroups(Actor who) {
        return who.holdsAny(StaffRole.SUPERVISOR, StaffRole.ADMIN);
    }

    static void checkSetsUpGroups(Actor who) {
        if (!setsUpGroups(who)) {
            throw new DomainException(Kind.FORBIDDEN, "supervision-group-not-allowed",
                    who.name() + " may not set up supervision groups");
        }
    }

    /** A group's leader is the principal head of the department itself, with an enabled account. */
    static void checkLeader(Actor leader, String department) {
        if (!leader.holds(StaffRole.DEPARTMENT_HEAD) || !leader.worksFor(department)) {
            throw new DomainException(Kind.RULE_VIOLATED, "supervision-group-leader-not-head",
                    leader.name() + " is not the principal head of " + department, leader.name(), department);
        }
    }
}
