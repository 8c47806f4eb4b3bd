package org.onevisit.casework.web;

/** A decision as typed. */
record ReviewDecisionForm(String itemCode, String approve, String reasons) {
}
