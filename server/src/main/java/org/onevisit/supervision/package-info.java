/**
 * Electronic supervision (电子监察): for now the audit trail, where every change to a case, from any
 * module, is appended as an {@link org.onevisit.supervision.AuditedChange} — masked, append-only and
 * hash-chained — so that supervisors can verify that nothing was edited, deleted or reordered
 * ({@link org.onevisit.supervision.AuditTrail}); its head is signed at checkpoints kept outside the database, so
 * that a trail cut short or rewritten whole is found as well.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.supervision;
