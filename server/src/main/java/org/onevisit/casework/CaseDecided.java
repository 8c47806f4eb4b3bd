package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item of a case was decided (审批决定) by its department: approved (with or without conditions) or denied. One
 * event an item — each item is decided once — and {@code caseDecided} says whether it was the case's last undecided
 * item, so that the case as a whole is decided. Published in the decision's transaction for other government systems
 * (docs/events.md); nothing personal, and neither the reasons nor the conditions, which are the department's text.
 *
 * @param delegated decided on the spot by a chief representative under the department's delegation (授权)
 * @param caseDecided whether every item of the case is decided now
 */
public record CaseDecided(String caseNumber, String itemCode, int itemVersion, String department, boolean approved,
        boolean delegated, LocalDate decidedOn, Instant decidedAt, boolean caseDecided) {
}
