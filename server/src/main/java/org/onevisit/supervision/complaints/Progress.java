package org.onevisit.supervision.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The steps a complaint went through, each a value part set once by its transition. */
public final class Progress {

    private Progress() {
    }

    /**
     * The decision to accept (受理) or not (不予受理).
     *
     * @param refusalReason why it was not accepted; null when it was
     */
    public record Decision(LocalDate on, String by, @Nullable String refusalReason) {

        public boolean accepted() {
            return refusalReason == null;
        }
    }

    /** 转办: the department that answers, and by when. */
    public record Routing(String department, LocalDate on, LocalDate answerDue) {
    }

    /** The department's answer (答复). */
    public record Answer(String text, String by, LocalDate on) {
    }

    /** 办结: the result the complainant is told. */
    public record Closure(String result, LocalDate on) {
    }
}
