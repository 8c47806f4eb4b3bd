package org.onevisit.intake;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who hands in a case, and where. An applicant applies for themselves, on their own account and identity, online (web
 * or mobile). The counter ({@link CounterPolicy}) hands in the case of the applicant in front of it, at the counter or
 * at one of the hall's kiosks, which run under the counter's account, and the case that came by post (ADR 0044); never into an applicant's portal account. No
 * other member of staff hands in a case.
 */
final class SubmissionPolicy {

    private SubmissionPolicy() {
    }

    /**
     * @param itemDepartments the departments of the items applied for
     * @param ownIdentifier for an applicant, the ID number or credit code of their account
     */
    static void check(Actor who, Submission s, Collection<String> itemDepartments, @Nullable String ownIdentifier,
            CounterPolicy counter) {
        if (who.isApplicant()) {
            if (s.channel() != Channel.WEB && s.channel() != Channel.MOBILE) {
                throw new DomainException(Kind.FORBIDDEN, "intake-channel-not-yours",
                        "Applicants apply on the web or mobile channel");
            }
            if (!who.name().equals(s.account()) || !s.applicant().identifier().equals(ownIdentifier)) {
                throw new DomainException(Kind.FORBIDDEN, "intake-submission-not-yours",
                        "An applicant applies for themselves, on their own account");
            }
            return;
        }
        counter.check(who, itemDepartments);
        if (!s.channel().inPerson() && s.channel() != Channel.KIOSK && s.channel() != Channel.POSTAL) {
            throw new DomainException(Kind.FORBIDDEN, "intake-channel-counter-only",
                    "The counter hands in cases at the counter, a kiosk of the hall, or from the post");
        }
        if (s.account() != null) {
            throw new DomainException(Kind.FORBIDDEN, "intake-submission-not-yours",
                    "A case handed in at the counter goes into no applicant's account");
        }
    }
}
