package org.onevisit.casework;

import java.time.LocalDate;

/**
 * A case not yet decided near or past its legal deadline: the item or bundle applied for, its promised and legal
 * deadlines, the working days left today (negative once overdue) and their light.
 */
public record CaseDeadline(String caseNumber, String subject, String subjectName, LocalDate promisedBy, LocalDate legalBy,
        int workingDaysLeft, Light light) {
}
