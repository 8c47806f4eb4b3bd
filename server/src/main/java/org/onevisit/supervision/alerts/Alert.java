package org.onevisit.supervision.alerts;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.WatchedClock;

/**
 * An alert (预警纠错) on one clock at one level, as recorded: what it is about, when it was raised, the period a yellow
 * card gives, who acknowledged it, the answer, and a red card's referral. Each step returns the alert as it is
 * afterwards; the store names the version it read.
 *
 * @param answerBy the last day of a yellow card's handling period; null for other levels
 * @param referral a red card's referral for accountability; null for other levels
 */
public record Alert(long id, AlertLevel level, WatchedClock clock, LocalDate raisedOn, Instant raisedAt,
        @Nullable LocalDate answerBy, AlertState state, @Nullable Acknowledgement acknowledgement,
        @Nullable Answer answer, @Nullable Referral referral, long version) {

    /** Who acknowledged the alert (签收), and when. */
    public record Acknowledgement(String by, Instant at) {
    }

    /** What was done or why (回复), by whom, when, and on which of the centre's days. */
    public record Answer(String text, String by, Instant at, LocalDate on) {
    }

    /** A red card's referral for accountability (移送问责): to whom, on which day. */
    public record Referral(String to, LocalDate on) {
    }

    /** The most characters an answer may have. */
    public static final int ANSWER_LENGTH = 2000;

    /** A new alert, not stored yet. */
    static Alert raised(AlertLevel level, WatchedClock clock, LocalDate today, Instant now, @Nullable LocalDate answerBy,
            @Nullable Referral referral) {
        return new Alert(0, level, clock, today, now, answerBy, AlertState.RAISED, null, null, referral, 0);
    }

    /** Acknowledged by a recipient; once acknowledged or answered it stays as it is. */
    Alert acknowledge(String by, Instant at) {
        if (state != AlertState.RAISED) {
            return this;
        }
        return new Alert(id, level, clock, raisedOn, raisedAt, answerBy, AlertState.ACKNOWLEDGED,
                new Acknowledgement(by, at), answer, referral, version);
    }

    /** Answered once, with what was done or why; answering acknowledges it too. */
    Alert answer(String text, String by, Instant at, LocalDate today) {
        if (state == AlertState.ANSWERED) {
            throw AlertRefused.answeredAlready(id);
        }
        String answered = text.strip();
        if (answered.isEmpty() || answered.length() > ANSWER_LENGTH) {
            throw AlertRefused.answerInvalid();
        }
        return new Alert(id, level, clock, raisedOn, raisedAt, answerBy, AlertState.ANSWERED,
                acknowledgement == null ? new Acknowledgement(by, at) : acknowledgement,
                new Answer(answered, by, at, today), referral, version);
    }

    /** Whether a yellow card's handling period passed on {@code today} without an answer given within it. */
    boolean unansweredAfterPeriod(LocalDate today) {
        return level == AlertLevel.YELLOW && answerBy != null && today.isAfter(answerBy)
                && (answer == null || answer.on().isAfter(answerBy));
    }
}
