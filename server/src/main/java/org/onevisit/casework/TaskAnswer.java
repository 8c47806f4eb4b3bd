package org.onevisit.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What was last written on a review task, by whom and when: the department's opinion with its points, or the note of a
 * suspension, the reason it was closed, or why it was deemed consent. The opinion itself is the task's status.
 *
 * @param text the points of the opinion, or the note or reason; empty when none
 * @param by the official who answered, {@code system} for timers; null while unanswered
 * @param at when it was answered; null while unanswered
 * @param delegated whether a chief representative answered alone under delegation (授权), for spot checks
 */
public record TaskAnswer(String text, @Nullable String by, @Nullable Instant at, boolean delegated) {

    /** Nothing written yet. */
    static final TaskAnswer NONE = new TaskAnswer("", null, null, false);

    public TaskAnswer {
        text = text == null ? "" : text;
    }

    /** An official's or the system's answer, its text stripped. */
    static TaskAnswer given(String text, String by, Instant at, boolean delegated) {
        return new TaskAnswer(text.strip(), by, at, delegated);
    }

    /** The review goes on: its text stays on the page, but nobody has answered it any more. */
    TaskAnswer reopened() {
        return new TaskAnswer(text, null, null, false);
    }

    /** A note, such as why the clock stands still, written over the text. */
    TaskAnswer noted(String note) {
        return new TaskAnswer(note.strip(), by, at, delegated);
    }
}
