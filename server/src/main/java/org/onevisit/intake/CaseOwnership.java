package org.onevisit.intake;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Whose a case is, for what an applicant may do with it: an applicant's own cases are those they applied for on their
 * own portal account, and — once a counter clerk has verified the account holder's identity (实名核验) — those handed
 * in at the counter under the account's ID number or credit code. Ownership goes by the account, never by the bare
 * number: registering needs no proof of identity, so an unverified account opened with someone else's number must not
 * open their cases (ADR 0020). Another applicant's case is answered exactly as a case that does not exist, so that
 * case numbers cannot be probed.
 */
final class CaseOwnership {

    private CaseOwnership() {
    }

    /**
     * Who may read the case: every member of staff who works in the hall (it works as one: the counter, the
     * departments, the coordinators and supervisors all answer for it), and the applicant who owns it; not the 12345
     * hotline's account, which refers complaints and reads nothing of the cases.
     *
     * @param account the portal account the case counts as applied for on ({@link CaseChanges#accountFor}); null when
     *     it was handed in at the counter for someone whose account is not verified
     */
    static void checkReadable(Actor who, IntakeCase c, @Nullable String account) {
        if (who.worksInTheHall() || owns(who, account)) {
            return;
        }
        if (who.isStaff()) {
            throw new DomainException(Kind.FORBIDDEN, "intake-case-not-for-role", "The account of " + who.name()
                    + " reads no case", who.name());
        }
        if (who.isApplicant()) {
            throw CaseChanges.notFound(c.number().value());
        }
        throw new DomainException(Kind.FORBIDDEN, "intake-unknown-person", "Nobody the centre knows", who.name());
    }

    /** Whether the person is the applicant of the portal account the case was applied for on. */
    static boolean owns(Actor who, @Nullable String account) {
        return who.isApplicant() && who.name().equals(account);
    }
}
