package org.onevisit.intake;

import java.time.LocalDate;

/**
 * Intake ended an accepted case on its own (终止办理): the 容缺 pledge was not kept by its deadline. Whatever was
 * still under review for it stops; the applicant was told.
 *
 * @param reason the closing note the applicant was given
 */
public record CaseTerminated(String caseNumber, String reason, LocalDate terminatedOn) {
}
