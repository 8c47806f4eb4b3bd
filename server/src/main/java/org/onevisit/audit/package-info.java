/**
 * The audit trail (审计留痕), beneath every other module: every change to a case, from any module, is appended as an
 * {@link org.onevisit.audit.AuditedChange} — masked, append-only and hash-chained — so that supervisors can verify
 * that nothing was edited, deleted or reordered ({@link org.onevisit.audit.AuditTrail}); its head is signed at
 * checkpoints kept outside the database, so that a trail cut short or rewritten whole is found as well.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.audit;
