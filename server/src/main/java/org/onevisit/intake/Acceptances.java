package org.onevisit.intake;

import org.onevisit.casework.AcceptedCase;
import org.onevisit.casework.CaseFacts;
import org.onevisit.casework.CaseFile;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.FileItem;
import org.onevisit.casework.Holder;
import org.springframework.stereotype.Component;

/**
 * The hand-over at acceptance (受理), the one place it is made: by a clerk, on a pledge, or deemed so by law, the case
 * goes to casework with what casework needs of it, in the transaction that accepts it.
 */
@Component
class Acceptances {

    private final CaseHandling handling;

    Acceptances(CaseHandling handling) {
        this.handling = handling;
    }

    /** Casework's file of the case {@code accepted} just was. */
    CaseFile handOver(IntakeCase accepted) {
        return handling.open(of(accepted));
    }

    static AcceptedCase of(IntakeCase c) {
        CaseFacts facts = facts(c);
        Deadlines d = c.deadlines();
        Pledge p = c.pledge();
        return new AcceptedCase(c.number().value(), c.subject(), c.subjectName(), c.bundle(), facts.items(),
                facts.holder(), c.acceptedOn(), c.deemedAccepted(), d.promised(), d.legal(), d.provisional(),
                p == null ? null : new AcceptedCase.Pledge(p.materials(), p.supplementBy(), p.remindOn()));
    }

    /** What casework will hold of the case: also what its legal time limit is computed from. */
    static CaseFacts facts(IntakeCase c) {
        Applicant a = c.applicant();
        return new CaseFacts(c.subject(), c.subjectName(), c.bundle(),
                c.items().stream().map(i -> new FileItem(i.code(), i.version(), i.name(), i.department(), i.legalLimit(),
                        i.jointDepartments())).toList(),
                new Holder(a.legalPerson(), a.identifier(), a.name(), a.phone()));
    }
}
