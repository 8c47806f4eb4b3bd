package org.onevisit.casework;

import java.util.Collection;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who consults (会商) on a case: a chief representative of a department taking part in it (an item's own department or
 * one reviewing it jointly), asking other departments; and who replies: the officials (reviewers, chief
 * representative) of a department asked. Consultation is between departments; the centre's staff neither ask nor
 * answer.
 */
final class ConsultationPolicy {

    private ConsultationPolicy() {
    }

    /** @param caseDepartments the departments taking part in the case */
    static void checkAsk(Actor who, String caseNumber, Collection<String> caseDepartments) {
        if (!who.holds(StaffRole.CHIEF_REPRESENTATIVE) || caseDepartments.stream().noneMatch(who::worksFor)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-consultation-chief-only",
                    "Only a chief representative of a department taking part in the case consults", who.name(), caseNumber);
        }
    }

    /** @param asked the departments the consultation asks */
    static void checkReply(Actor who, long consultation, Collection<String> asked) {
        if (!who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE) || asked.stream().noneMatch(who::worksFor)) {
            throw new DomainException(Kind.FORBIDDEN, "casework-consultation-not-asked",
                    "Only an official of a department asked replies", who.name(), consultation);
        }
    }
}
