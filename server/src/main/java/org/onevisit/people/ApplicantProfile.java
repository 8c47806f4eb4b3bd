package org.onevisit.people;

import org.jspecify.annotations.Nullable;

/**
 * An applicant as pages and other modules show them: the ID number and the phone are masked; a credit
 * code is public and shown in full.
 *
 * @param principal the name the applicant is logged in under; stable, and free of personal data
 * @param identityVerified whether the counter has seen the holder's ID card or business licence (实名核验): only then
 *     does the account see the cases filed at the counter under its number
 */
public record ApplicantProfile(String principal, ApplicantKind kind, String displayedIdentifier, String name,
        String maskedPhone, @Nullable String legalRepresentative, boolean demo,
        boolean identityVerified) {
}
