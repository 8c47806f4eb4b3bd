package org.onevisit.casework.web;

/** An opinion as typed, shown again when it was refused. */
record ReviewOpinionForm(long taskId, String opinion, String text, String version) {
}
