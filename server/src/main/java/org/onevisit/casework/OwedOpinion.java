package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The opinion a department deemed to consent (超时默认) still owes: 泰州's rule has the defaulting department give
 * its real opinion within one working day and bear the responsibility. Given late, it changes nothing already
 * done — the case moved on — but the lead department sees it, an objection above all.
 *
 * @param due the last working day for the opinion
 * @param answer the opinion once given: consent, consent with conditions or objection
 */
public record OwedOpinion(LocalDate due, @Nullable Opinion answer, String text, @Nullable String by, @Nullable Instant at) {

    public OwedOpinion {
        text = text == null ? "" : text;
    }

    static OwedOpinion due(LocalDate due) {
        return new OwedOpinion(due, null, "", null, null);
    }

    public boolean given() {
        return answer != null;
    }

    OwedOpinion give(Opinion opinion, String reasons, String official, Instant when) {
        if (given()) {
            throw CaseworkRefused.rule("casework-late-opinion-given", "The late opinion was given already");
        }
        if (opinion == Opinion.CORRECTION) {
            throw CaseworkRefused.rule("casework-late-opinion-correction",
                    "The case has moved on: a late opinion consents, sets conditions or objects");
        }
        opinion.requirePoints(reasons);
        return new OwedOpinion(due, opinion, reasons.strip(), official, when);
    }
}
