package org.onevisit.casework.web;

/** One line of the case's history. */
record ReviewEvent(String at, String actor, String action, String subject, String before, String after,
        String detail) {
}
