package org.onevisit.intake;

import java.util.Collection;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who does the comprehensive counter's work on a case (综合窗口): receiving it and creating it at the counter, the
 * online pre-check, the one-time deficiency notice, acceptance on a pledge, acceptance, refusal, ticking materials,
 * files handed in at the counter. It is the counter clerks' work, for every department's items: one window receives
 * everything (前台综合受理、后台分类审批). A chief representative does it only where the centre chose so
 * ({@link CounterStaffing}) and then only for a case whose every item is their own department's. Administrators,
 * supervisors, coordinators and reviewers never do: they do not receive cases.
 */
final class CounterPolicy {

    private final boolean chiefRepresentativesAtCounter;

    CounterPolicy(CounterStaffing staffing) {
        this.chiefRepresentativesAtCounter = staffing.chiefRepresentativesAtCounter();
    }

    /** Whether the person works at the counter at all: opens its pages and sees it in the menu. */
    boolean worksAtCounter(Actor who) {
        return who.holds(StaffRole.CLERK) || chiefRepresentativesAtCounter && who.holds(StaffRole.CHIEF_REPRESENTATIVE);
    }

    /** Whether the person may do the counter's work on a case of items of these departments. */
    boolean allows(Actor who, Collection<String> itemDepartments) {
        if (who.holds(StaffRole.CLERK)) {
            return true;
        }
        return chiefRepresentativesAtCounter && who.holds(StaffRole.CHIEF_REPRESENTATIVE) && !itemDepartments.isEmpty()
                && itemDepartments.stream().allMatch(who::worksFor);
    }

    void check(Actor who, Collection<String> itemDepartments) {
        if (allows(who, itemDepartments)) {
            return;
        }
        if (chiefRepresentativesAtCounter && who.holds(StaffRole.CHIEF_REPRESENTATIVE)) {
            throw new DomainException(Kind.FORBIDDEN, "intake-counter-own-department-only",
                    "A chief representative does counter work only for their own department's items", who.name());
        }
        throw new DomainException(Kind.FORBIDDEN, "intake-counter-clerks-only", "Only counter clerks do the counter's work",
                who.name());
    }
}
