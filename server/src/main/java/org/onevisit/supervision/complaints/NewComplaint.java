package org.onevisit.supervision.complaints;

import org.jspecify.annotations.Nullable;

/**
 * A complaint as it is handed in.
 *
 * @param complainant who complains; ignored on the portal, where it is the logged-in account
 * @param referral the 12345 hotline's reference, for a referral (and only then)
 * @param idempotencyKey the submitter's key: a retry with it returns the complaint of the first attempt
 */
public record NewComplaint(ComplaintChannel channel, ComplaintCategory category, String text,
        @Nullable String caseNumber, @Nullable String referral, @Nullable Complainant complainant,
        @Nullable String idempotencyKey) {
}
