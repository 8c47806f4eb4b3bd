package org.onevisit.casework.web;

/** An extension as typed. */
record ReviewExtensionForm(long taskId, String approvedBy, String reason) {
}
