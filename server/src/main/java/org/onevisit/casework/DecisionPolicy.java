package org.onevisit.casework;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who decides an item (审批决定): the officials of the item's own department, which leads it — its reviewers and
 * its chief representative — once every review is in. On the spot, in the applicant's visit (首席代表当场决定), only
 * that department's chief representative, and only for an item in their delegation list on the day (授权清单:
 * "谁授权、谁监管", the department that delegated answers for the decision). The centre's staff decide nothing.
 */
final class DecisionPolicy {

    private DecisionPolicy() {
    }

    static boolean allows(Actor who, String itemDepartment) {
        return who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE) && who.worksFor(itemDepartment);
    }

    static void check(Actor who, String itemDepartment) {
        if (!allows(who, itemDepartment)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-not-lead-department",
                    "Only the lead department decides the item", who.name(), itemDepartment);
        }
    }

    /** @param delegated whether the item is in the person's delegation list on the day */
    static boolean allowsOnTheSpot(Actor who, String itemDepartment, boolean delegated) {
        return who.holds(StaffRole.CHIEF_REPRESENTATIVE) && who.worksFor(itemDepartment) && delegated;
    }

    static void checkOnTheSpot(Actor who, String itemCode, String itemDepartment, boolean delegated) {
        if (!delegated) {
            throw new DomainException(Kind.FORBIDDEN, "casework-not-delegated",
                    who.name() + " holds no delegation for " + itemCode, who.name(), itemCode);
        }
        if (!who.holds(StaffRole.CHIEF_REPRESENTATIVE) || !who.worksFor(itemDepartment)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-on-the-spot-chief-only",
                    "Only the chief representative of the item's department decides on the spot", who.name(),
                    itemDepartment);
        }
    }
}
