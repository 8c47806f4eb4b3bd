package org.onevisit.delivery;

import java.time.Instant;

/**
 * The results of a case reached the applicant — handed over at the counter or signed for from the courier —
 * so the case can be closed. A pickup cost the applicant a visit (跑动), an express delivery none.
 *
 * @param by the clerk who handed the result over, or the carrier that delivered it
 */
public record ResultDelivered(String caseNumber, DeliveryMethod how, Instant at, boolean countsAsVisit, String by) {
}
