/**
 * The postal channel (邮政速递端): applications that arrive by post are registered as mail items (tracking number,
 * sender), their paper materials scanned into a case of the POSTAL channel through intake, the applicant told by text
 * message, and the result sent back by express to the sender; nobody comes, so no visit is counted (ADR 0044).
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.postal;
