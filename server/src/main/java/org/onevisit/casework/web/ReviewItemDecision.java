package org.onevisit.casework.web;

/** The lead department's decision on an item, as the page shows it. */
record ReviewItemDecision(boolean approved, String by, String at, boolean delegated) {
}
