package org.onevisit.certificates;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who revokes a certificate (撤销): the department that issued it, through the officials who may decide its items —
 * its reviewers and its chief representative. Revoking undoes a decision, and the authority that decided is the one
 * that revokes (《行政许可法》第六十九条); holding it to fewer people than may issue the certificate would protect
 * nothing. No other department and none of the centre's staff revoke.
 */
final class RevocationPolicy {

    private RevocationPolicy() {
    }

    static void check(Actor who, Certificate certificate) {
        String issuer = certificate.content().department();
        if (!who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE) || !who.worksFor(issuer)) {
            throw new DomainException(Kind.FORBIDDEN, "certificate-revocation-issuer-only",
                    "Only the issuing department revokes a certificate", who.name(), issuer);
        }
    }
}
