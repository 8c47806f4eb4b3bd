package org.onevisit.intake;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who withdraws an application (撤回申请), before acceptance or before the decision: only the applicant can give up
 * what they asked for. They do it themselves online, on a case of their own account, or at the counter
 * ({@link CounterPolicy}), where the clerk records their signed request: the request must be on file, and the
 * withdrawal names it (its archive or register number), so that every withdrawal made by staff can be traced to the
 * applicant's own hand. Nobody else withdraws a case; a department ends one by terminating it, with reasons.
 */
final class WithdrawalPolicy {

    /** The longest reference of a signed request. */
    static final int REFERENCE_LENGTH = 100;

    private WithdrawalPolicy() {
    }

    /**
     * @param account the portal account the case was applied for on, if any
     * @param signedRequest the reference of the applicant's signed request, when the counter records it
     */
    static void check(Actor who, IntakeCase c, @Nullable String account, @Nullable String signedRequest,
            CounterPolicy counter) {
        CaseOwnership.checkReadable(who, c, account);
        if (CaseOwnership.owns(who, account)) {
            return;
        }
        counter.check(who, c.application().departments());
        if (signedRequest == null || signedRequest.isBlank() || signedRequest.strip().length() > REFERENCE_LENGTH) {
            throw new DomainException(Kind.RULE_VIOLATED, "intake-withdrawal-request-missing",
                    "A withdrawal at the counter names the applicant's signed request on file", c.number().value());
        }
    }

    /** What the case records of the withdrawal: the reason, and the signed request it was made on. */
    static String note(String reason, @Nullable String signedRequest, String otherwise) {
        String why = reason.isBlank() ? otherwise : reason.strip();
        return signedRequest == null || signedRequest.isBlank() ? why : why + "（书面撤回申请 " + signedRequest.strip() + "）";
    }
}
