package org.onevisit.intake;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The days of a case at the counter: received (收件), its materials complete, accepted (受理), the deficiency notice
 * issued (一次性告知); and whether acceptance came by law, nobody having answered within five working days
 * (《行政许可法》第三十二条), which is flagged.
 *
 * @param receivedOn the day the case was received; empty while only pre-checked
 * @param completeOn the day the materials became complete; empty until then
 * @param acceptedOn the day of acceptance, by a clerk, on a pledge or by law
 * @param noticeIssuedOn the day of the deficiency notice; empty when none was needed
 */
public record CounterDates(@Nullable LocalDate receivedOn, @Nullable LocalDate completeOn,
        @Nullable LocalDate acceptedOn, boolean deemedAccepted, @Nullable LocalDate noticeIssuedOn) {

    /** The dates of a case just created: received today, or nothing yet for a pre-check. */
    static CounterDates created(@Nullable LocalDate receivedOn) {
        return new CounterDates(receivedOn, null, null, false, null);
    }

    CounterDates received(LocalDate today) {
        return new CounterDates(today, completeOn, acceptedOn, deemedAccepted, noticeIssuedOn);
    }

    /** Accepted today; complete today unless it was complete before (a case received again after a notice). */
    CounterDates accepted(LocalDate today) {
        return new CounterDates(receivedOn, completeOn == null ? today : completeOn, today, deemedAccepted,
                noticeIssuedOn);
    }

    /** Accepted on a pledge (容缺): not complete until the pledged materials are in. */
    CounterDates acceptedOnPledge(LocalDate today) {
        return new CounterDates(receivedOn, completeOn, today, deemedAccepted, noticeIssuedOn);
    }

    /** Accepted by law from the day of receipt, the materials taken as complete that day. */
    CounterDates acceptedByLaw() {
        return new CounterDates(receivedOn, receivedOn, receivedOn, true, noticeIssuedOn);
    }

    CounterDates noticeIssued(LocalDate today) {
        return new CounterDates(receivedOn, completeOn, acceptedOn, deemedAccepted, today);
    }

    CounterDates completed(LocalDate today) {
        return new CounterDates(receivedOn, today, acceptedOn, deemedAccepted, noticeIssuedOn);
    }
}
