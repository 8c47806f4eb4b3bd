package org.onevisit.casework;

import java.time.Instant;
import java.util.List;

/**
 * 办结: the result of a decided case reached the applicant — handed over at the counter or signed for from the courier
 * — and the case is completed. Published once a case, in the transaction that completes it, for other government
 * systems (docs/events.md); nothing personal.
 *
 * @param subject the item or bundle applied for: its code
 * @param departments the departments whose items the case applied for
 */
public record CaseCompleted(String caseNumber, String subject, boolean bundle, List<String> departments,
        Instant completedAt) {

    public CaseCompleted {
        departments = List.copyOf(departments);
    }
}
