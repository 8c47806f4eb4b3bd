package org.onevisit.evaluation;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who handles a bad rating, "谁办理、谁负责": the officials of the responsible department (reviewers and chief
 * representatives) call back, fix, answer and appeal; a supervisor decides an appeal (申诉复核), so that no department
 * clears its own record. Supervisors and coordinators read every department's ratings, officials their own's.
 */
final class BadRatingPolicy {

    private BadRatingPolicy() {
    }

    /** The department's officials take the steps of its bad ratings. */
    static void checkHandler(Actor who, BadRating handling) {
        if (!who.isStaff() || !who.worksFor(handling.department())
                || !who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE)) {
            throw new DomainException(Kind.FORBIDDEN, "evaluation-not-the-department",
                    "Only the officials of " + handling.department() + " handle its bad ratings", who.name(),
                    handling.department());
        }
    }

    /** A supervisor decides an appeal. */
    static void checkAppealDecider(Actor who) {
        if (!who.isStaff() || !who.holds(StaffRole.SUPERVISOR)) {
            throw new DomainException(Kind.FORBIDDEN, "evaluation-not-a-supervisor",
                    "Only a supervisor decides the appeal of a rating", who.name());
        }
    }

    /**
     * The department whose ratings {@code who} may read: any (null for all) for supervisors, coordinators and
     * administrators; their own for a department's officials, whatever they asked for.
     */
    static @Nullable String readable(Actor who, @Nullable String asked) {
        if (who.isStaff() && who.holdsAny(StaffRole.SUPERVISOR, StaffRole.COORDINATOR, StaffRole.ADMIN)) {
            return asked;
        }
        if (who.isStaff() && who.department() != null
                && who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE)) {
            if (asked != null && !asked.equals(who.department())) {
                throw new DomainException(Kind.FORBIDDEN, "evaluation-other-department",
                        "An official reads the ratings of their own department", who.name(), asked);
            }
            return who.department();
        }
        throw new DomainException(Kind.FORBIDDEN, "evaluation-ratings-not-yours",
                "The ratings' list is for supervisors and the departments' officials", who.name());
    }
}
