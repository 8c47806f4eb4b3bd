package org.onevisit.people;

import org.jspecify.annotations.Nullable;

/**
 * An applicant as pages and other modules show them: the ID number and the phone are masked; a credit
 * code is public and shown in full.
 *
 * @param principal the name the applicant is logged in under; stable, and free of personal data
 */
public record ApplicantProfile(String principal, ApplicantKind kind, String displayedIdentifier, String name,
        String maskedPhone, @Nullable String legalRepresentative, boolean demo) {
}
