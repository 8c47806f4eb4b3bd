package org.onevisit.people;

import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * Finds who is acting from the name they logged in with: a member of staff by their username, an applicant by
 * their account ({@value ApplicantAccounts#PRINCIPAL_PREFIX}…). What the policies then decide comes from the
 * account of record, not from the request: an official as this node knows them, checked against their account at the
 * start of every request ({@link KnownOfficials}).
 */
@Service
public class Actors {

    private final KnownOfficials staff;
    private final ApplicantAccounts applicants;

    Actors(KnownOfficials staff, ApplicantAccounts applicants) {
        this.staff = staff;
        this.applicants = applicants;
    }

    @ReadOnly
    public Actor of(String name) {
        if (name.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            return applicants.enabled(name) ? Actor.applicant(name) : Actor.unknown(name);
        }
        return staff.find(name).map(Actor::staff).orElseGet(() -> Actor.unknown(name));
    }
}
