package org.onevisit.casework.web;

import org.onevisit.casework.ReviewTask;

/**
 * A department's task on the case page, with its light, when it was answered (and, after deemed consent, when
 * its late opinion came), and whether it is the user's.
 */
record ReviewRow(ReviewView view, ReviewTask task, String decidedAt, String lateAt, boolean own) {
}
