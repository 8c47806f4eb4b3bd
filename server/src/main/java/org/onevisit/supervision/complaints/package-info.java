/**
 * Complaints (投诉) about the centre's service: received from the portal, the counter, 12345 referrals and letters,
 * accepted or not within 5 working days, routed to a department, answered by it by a deadline and closed with the
 * result, the complainant told at each decision (REFERENCE §6; ADR 0032).
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.supervision.complaints;
