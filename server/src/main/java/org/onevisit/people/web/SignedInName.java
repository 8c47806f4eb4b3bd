package org.onevisit.people.web;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantProfile;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The name the page header shows for whoever is signed in: a member of staff's or an applicant's name, never a login name. */
@Component("signedIn")
public class SignedInName {

    private final StaffAccounts staff;
    private final ApplicantAccounts applicants;

    SignedInName(StaffAccounts staff, ApplicantAccounts applicants) {
        this.staff = staff;
        this.applicants = applicants;
    }

    /** The name to show, or an empty text when nobody is signed in. */
    public String name(@Nullable Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "";
        }
        String principal = authentication.getName();
        if (principal.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            return applicants.profile(principal).map(ApplicantProfile::name).orElse("");
        }
        return staff.find(principal).map(StaffMember::displayName).orElse(principal);
    }
}
