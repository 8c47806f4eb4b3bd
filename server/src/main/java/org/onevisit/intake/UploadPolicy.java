package org.onevisit.intake;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;

/**
 * Who hands in files for a case's materials: the applicant who owns the case, online, and the counter
 * ({@link CounterPolicy}) for the applicant in front of it. Departments ask for corrections through their review;
 * they do not fill the applicant's file themselves.
 */
final class UploadPolicy {

    private UploadPolicy() {
    }

    /** @param account the portal account the case was applied for on, if any */
    static void check(Actor who, IntakeCase c, @Nullable String account, CounterPolicy counter) {
        CaseOwnership.checkReadable(who, c, account);
        if (!CaseOwnership.owns(who, account)) {
            counter.check(who, c.application().departments());
        }
    }
}
