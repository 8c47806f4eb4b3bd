package org.onevisit.supervision.complaints;

import org.onevisit.intake.Intake;
import org.onevisit.platform.DomainException;
import org.onevisit.supervision.ComplainedCases;
import org.springframework.stereotype.Component;

/**
 * The cases a complaint may name: those the complainant may read as {@link Intake#find(String, String)} decides —
 * staff any case, an applicant their own, another's not found exactly as a number that does not exist.
 */
@Component
class IntakeComplainedCases implements ComplainedCases {

    private final Intake intake;

    IntakeComplainedCases(Intake intake) {
        this.intake = intake;
    }

    @Override
    public boolean readableBy(String caseNumber, String login) {
        try {
            intake.find(caseNumber, login);
            return true;
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN
                    || refused.kind() == DomainException.Kind.INVALID) {
                return false;
            }
            throw refused;
        }
    }
}
