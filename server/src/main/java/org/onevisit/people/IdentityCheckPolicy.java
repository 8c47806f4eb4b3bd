package org.onevisit.people;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who verifies an applicant account's identity (实名核验): a counter clerk, with the holder's ID card or business
 * licence in hand. Registering online needs no proof, so until then the account sees only the cases it applied for
 * itself; once verified, also those filed at the counter under its number. Nobody else verifies: a department never
 * meets the holder, and an applicant cannot vouch for themselves.
 */
final class IdentityCheckPolicy {

    private IdentityCheckPolicy() {
    }

    static void check(Actor who) {
        if (!who.holds(StaffRole.CLERK)) {
            throw new DomainException(Kind.FORBIDDEN, "applicant-identity-counter-only",
                    "Only a counter clerk verifies an applicant's identity", who.name());
        }
    }
}
