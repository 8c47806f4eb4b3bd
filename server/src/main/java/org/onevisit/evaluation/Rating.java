package org.onevisit.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rating (评价) of a case, one a case: what was answered, on which channel, of which department's service, and
 * whether a supervisor excluded it as malicious on the department's appeal — kept on record, left out of the figures.
 *
 * @param department the responsible department: the item's, or for a bundle (一件事) its lead department (牵头部门)
 * @param ratedBy the portal account that rated, or {@code link} for a rating through a one-time link (SMS, the
 *     counter's pad), which names no one: never a member of staff
 * @param applicant the applicant's name, masked
 */
public record Rating(long id, String caseNumber, String department, String subjectName, Answer answer, String ratedBy,
        Instant ratedAt, LocalDate ratedOn, String applicant, boolean excluded) {

    /** The rater recorded for a rating given through a one-time link: the holder of the link, not a person's account. */
    public static final String THROUGH_LINK = "link";

    public Grade grade() {
        return answer.grade();
    }

    public RatingChannel channel() {
        return answer.channel();
    }
}
