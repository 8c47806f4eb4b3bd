package org.onevisit.casework;

import java.time.LocalDate;

/**
 * An item's decision as the performance assessment (绩效考核) counts it: who decided it for which department, when,
 * and how that day stands to the case's deadlines.
 *
 * @param decidedOn the day of the decision, in the centre's time zone
 * @param onTime decided on or before the case's promised deadline (承诺时限): 按时办结
 * @param instant the item is an instant item (即办件), whose time limit is zero days
 * @param workingDaysUsed working days from the case's acceptance to the decision
 * @param legalWorkingDays working days from the case's acceptance to its legal deadline (法定时限), the extension
 *     approved included; 0 for an instant item
 */
public record TimedDecision(String caseNumber, String itemCode, String department, String decidedBy,
        LocalDate decidedOn, boolean onTime, boolean instant, int workingDaysUsed, int legalWorkingDays) {
}
