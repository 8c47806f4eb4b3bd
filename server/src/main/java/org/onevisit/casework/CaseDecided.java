package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * Every item of a case is decided: its results can be delivered together — at the counter or by express —
 * once any 容缺 pledge of the case is kept.
 *
 * @param approvedItems the codes of the items approved
 * @param deniedItems the codes of the items denied
 */
public record CaseDecided(String caseNumber, List<String> approvedItems, List<String> deniedItems, LocalDate decidedOn) {

    public CaseDecided {
        approvedItems = List.copyOf(approvedItems);
        deniedItems = List.copyOf(deniedItems);
    }
}
