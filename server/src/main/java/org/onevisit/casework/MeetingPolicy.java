package org.onevisit.casework;

import java.util.Collection;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who runs a joint material review (联合会审) or joint site inspection (联合勘查): the centre's coordinators convene and
 * close it; a department's attendance and opinion are recorded by its own officials (reviewers, chief representative)
 * when it takes part, or by the coordinator taking the roll at the meeting.
 */
final class MeetingPolicy {

    private MeetingPolicy() {
    }

    static void checkConvene(Actor who) {
        if (!who.holds(StaffRole.COORDINATOR)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-meeting-coordinator-only",
                    "Only a coordinator convenes and closes joint meetings", who.name());
        }
    }

    /** @param participants the departments taking part in the meeting */
    static void checkRecord(Actor who, String department, Collection<String> participants) {
        boolean official = who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE) && who.worksFor(department)
                && participants.contains(department);
        if (!official && !who.holds(StaffRole.COORDINATOR)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-meeting-not-your-department",
                    who.name() + " does not speak for " + department, who.name(), department);
        }
    }
}
