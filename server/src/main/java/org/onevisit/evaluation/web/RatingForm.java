package org.onevisit.evaluation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.Answer;
import org.onevisit.evaluation.Grade;
import org.onevisit.evaluation.Indicator;
import org.onevisit.evaluation.RatingChannel;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/** A rating as typed on a page, shown again when it was refused. */
public record RatingForm(@Nullable String grade, List<String> reasons, String comment) {

    static final RatingForm EMPTY = new RatingForm(null, List.of(), "");

    public RatingForm {
        reasons = List.copyOf(reasons);
    }

    Grade chosenGrade() {
        try {
            if (grade != null && !grade.isBlank()) {
                return Grade.valueOf(grade);
            }
        } catch (IllegalArgumentException unknown) {
            // answered below, as a grade not chosen
        }
        throw new DomainException(Kind.INVALID, "evaluation-grade-missing", "Choose one of the five grades");
    }

    Set<Indicator> chosenReasons() {
        Set<Indicator> chosen = EnumSet.noneOf(Indicator.class);
        for (String r : reasons) {
            try {
                chosen.add(Indicator.valueOf(r));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(Kind.INVALID, "evaluation-indicator-unknown", "No indicator " + r, r);
            }
        }
        return chosen;
    }

    Answer answer(RatingChannel channel) {
        return new Answer(chosenGrade(), chosenReasons(), comment, channel);
    }

    public boolean chose(String value) {
        return value.equals(grade) || reasons.contains(value);
    }
}
