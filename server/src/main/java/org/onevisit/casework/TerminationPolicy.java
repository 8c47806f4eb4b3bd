package org.onevisit.casework;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who terminates an accepted case with reasons before its decision (终止办理): the chief representative of its lead
 * department (牵头部门) — the item's own department, or for a bundle the department that leads the bundle — since
 * ending the case is a decision of the authority that would have decided it. No other department, and none of the
 * centre's staff; the applicant withdraws instead.
 */
final class TerminationPolicy {

    private TerminationPolicy() {
    }

    static void check(Actor who, String leadDepartment) {
        if (!who.holds(StaffRole.CHIEF_REPRESENTATIVE) || !who.worksFor(leadDepartment)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-termination-lead-chief-only",
                    "Only the chief representative of the lead department terminates the case", who.name(),
                    leadDepartment);
        }
    }
}
