package org.onevisit.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the counter answered a case, and its last word: the deadlines set at acceptance, the deficiency notice
 * (一次性告知), the 容缺 pledge accepted, the refusal (不予受理), the remarks of an online pre-check (互联网预审), and the
 * closing note — the refusal's reason, the applicant's reason for withdrawing, or, once casework owns the case, its
 * note.
 *
 * @param deadlines from acceptance on; empty before
 * @param deficiencies the lines of the deficiency notice; empty when none was issued
 */
public record CounterAnswer(@Nullable Deadlines deadlines, List<Deficiency> deficiencies, @Nullable Pledge pledge,
        @Nullable Refusal refusal, String preCheckNote, String closingNote) {

    static final CounterAnswer NONE = new CounterAnswer(null, List.of(), null, null, "", "");

    public CounterAnswer {
        deficiencies = List.copyOf(deficiencies);
    }

    CounterAnswer preChecked(String note) {
        return new CounterAnswer(deadlines, deficiencies, pledge, refusal, note, closingNote);
    }

    CounterAnswer accepted(Deadlines set) {
        return new CounterAnswer(set, deficiencies, pledge, refusal, preCheckNote, closingNote);
    }

    CounterAnswer notified(List<Deficiency> lines) {
        return new CounterAnswer(deadlines, lines, pledge, refusal, preCheckNote, closingNote);
    }

    CounterAnswer acceptedOnPledge(Pledge signed, Deadlines set) {
        return new CounterAnswer(set, deficiencies, signed, refusal, preCheckNote, closingNote);
    }

    /** Refused: the refusal's reason is the case's closing note. */
    CounterAnswer refused(Refusal given) {
        return new CounterAnswer(deadlines, deficiencies, pledge, given, preCheckNote, given.reason());
    }

    CounterAnswer closed(String note) {
        return new CounterAnswer(deadlines, deficiencies, pledge, refusal, preCheckNote, note);
    }

    /** As casework keeps it once it owns the case: its note and its deadlines. */
    CounterAnswer handled(String note, Deadlines current) {
        return new CounterAnswer(current, deficiencies, pledge, refusal, preCheckNote, note);
    }
}
