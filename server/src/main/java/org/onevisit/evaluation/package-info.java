/**
 * The service rating (好差评, 国办发〔2019〕51号, GB/T 39734-2020): the applicant rates a case that has ended, once, on
 * any channel — the portal, the link in a text message, the pad at the counter, a kiosk, the app — in five grades with
 * the national indicators as the reasons of a bad rating; every bad rating (差评) goes to the responsible department,
 * which calls the applicant back (回访), fixes it (整改) and tells them, within working days; a malicious one is appealed
 * and a supervisor decides; the month's figures are published.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.evaluation;
