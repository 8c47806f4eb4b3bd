package org.onevisit.supervision;

import java.util.Optional;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who does what in a correction (纠错) and the excusal of its error (容错): the department's supervision group — its
 * leader and members — and the centre's supervisors take the corrective decision, record the official's statement and
 * propose; the leadership — the department's principal head (DEPARTMENT_HEAD of that department) or a supervisor —
 * determines and decides the appeal; the official whose decision it is is heard and appeals. Nobody determines or
 * decides the appeal on their own decision. Each of them reads the correction.
 */
final class ErrorCorrectionPolicy {

    private ErrorCorrectionPolicy() {
    }

    static boolean supervises(Actor who, ErrorCorrection c, Optional<SupervisionGroup> group) {
        return SpotCheckPolicy.supervises(who, group) && !isOfficial(who, c);
    }

    static boolean determines(Actor who, ErrorCorrection c) {
        return (who.holds(StaffRole.SUPERVISOR) || who.holds(StaffRole.DEPARTMENT_HEAD) && who.worksFor(c.department()))
                && !isOfficial(who, c);
    }

    static boolean isOfficial(Actor who, ErrorCorrection c) {
        return who.isStaff() && who.name().equals(c.decidedBy());
    }

    static boolean reads(Actor who, ErrorCorrection c, Optional<SupervisionGroup> group) {
        return SpotCheckPolicy.supervises(who, group) || determines(who, c) || isOfficial(who, c);
    }

    static void checkSupervises(Actor who, ErrorCorrection c, Optional<SupervisionGroup> group) {
        if (!supervises(who, c, group)) {
            throw refused(who, c);
        }
    }

    static void checkDetermines(Actor who, ErrorCorrection c) {
        if (!determines(who, c)) {
            throw refused(who, c);
        }
    }

    static void checkOfficial(Actor who, ErrorCorrection c) {
        if (!isOfficial(who, c)) {
            throw new DomainException(Kind.FORBIDDEN, "correction-not-your-decision",
                    "Only the official who took the decision appeals the determination", c.id());
        }
    }

    static DomainException refused(Actor who, ErrorCorrection c) {
        return new DomainException(Kind.FORBIDDEN, "correction-not-allowed",
                who.name() + " may not do this in correction " + c.id(), c.id());
    }
}
