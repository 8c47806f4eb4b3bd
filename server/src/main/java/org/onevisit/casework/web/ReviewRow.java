package org.onevisit.casework.web;

import org.onevisit.casework.ReviewTask;

/**
 * A department's task on the case page, with its light, by name: the department, the stage, who answered (and, after
 * deemed consent, who gave the late opinion and when), and whether it is the user's.
 */
record ReviewRow(ReviewView view, ReviewTask task, String departmentName, String stageName, String answeredBy,
        String decidedAt, String lateBy, String lateAt, boolean own) {
}
