package org.onevisit.people;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;

/** An applicant's identity in full, for the cases they apply for; its text form shows nothing personal. */
public record ApplicantIdentity(ApplicantKind kind, String identifier, String name, String phone,
        @Nullable String legalRepresentative) {

    @Override
    public String toString() {
        return "ApplicantIdentity[" + (kind == ApplicantKind.LEGAL_PERSON ? identifier : PersonalData.idNumber(identifier)) + "]";
    }
}
