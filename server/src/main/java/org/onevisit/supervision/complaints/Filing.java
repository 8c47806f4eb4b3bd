package org.onevisit.supervision.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a complaint says and how it came in; it never changes.
 *
 * @param caseNumber the case it is about, if it names one (it exists, and a portal complainant's is their own)
 * @param referral the 12345 hotline's own reference of the referral (转办单号)
 * @param recordedBy who recorded it: the applicant on the portal, a clerk, a supervisor or the hotline's account
 * @param acceptanceDue the last day of the decision to accept it (5 working days, REFERENCE §6)
 */
public record Filing(ComplaintChannel channel, ComplaintCategory category, String text, @Nullable String caseNumber,
        @Nullable String referral, String recordedBy, LocalDate receivedOn, LocalDate acceptanceDue) {

    /** The longest text a complaint may have. */
    public static final int TEXT = 2000;

    public Filing {
        if (text.isBlank() || text.length() > TEXT) {
            throw new IllegalArgumentException("A complaint's text has 1 to " + TEXT + " characters");
        }
        if ((channel == ComplaintChannel.HOTLINE_12345) != (referral != null)) {
            throw new IllegalArgumentException("A 12345 referral, and only one, has the hotline's reference");
        }
    }
}
