package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the counter hands over when it accepts a case (受理) — by a clerk, on a pledge, or deemed so by law: from here
 * casework owns the case ({@link CaseHandling#open}).
 *
 * @param promisedBy the promised deadline (承诺时限) from acceptance
 * @param legalBy the legal deadline (法定时限) from acceptance
 * @param provisional whether a year the deadlines cross has no published holiday arrangement yet
 * @param pledge the 容缺 pledge the case was accepted on; null when nothing is owed
 */
public record AcceptedCase(String caseNumber, String subject, String subjectName, boolean bundle, List<FileItem> items,
        Holder holder, LocalDate acceptedOn, boolean deemedAccepted, LocalDate promisedBy, LocalDate legalBy,
        boolean provisional, @Nullable Pledge pledge) {

    public AcceptedCase {
        items = List.copyOf(items);
    }

    /** The materials owed under a 容缺 pledge, the deadline to supply them and the day the reminder goes out. */
    public record Pledge(List<String> materials, LocalDate supplementBy, LocalDate remindOn) {

        public Pledge {
            materials = List.copyOf(materials);
        }
    }

    @Override
    public String toString() {
        return "AcceptedCase[" + caseNumber + ", " + subject + "]";
    }
}
