package org.onevisit.casework;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who answers a department's review (部门审查) and keeps its clock — the opinion, a late opinion after deemed consent,
 * 中止 and resuming, the extension of 第四十二条: the officials of the task's department, its reviewers and its chief
 * representative. Nobody answers for another department, and the centre's staff (administrators included) answer for
 * none: a department's opinion is the department's own ("谁审批、谁负责").
 */
final class ReviewPolicy {

    private ReviewPolicy() {
    }

    static boolean allows(Actor who, String taskDepartment) {
        return who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE) && who.worksFor(taskDepartment);
    }

    static void check(Actor who, String taskDepartment) {
        if (!allows(who, taskDepartment)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-not-your-department",
                    who.name() + " does not review for " + taskDepartment, who.name(), taskDepartment);
        }
    }
}
