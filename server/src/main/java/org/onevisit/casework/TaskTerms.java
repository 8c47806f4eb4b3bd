package org.onevisit.casework;

/**
 * What a review task was planned with when the case was accepted, and keeps: its stage in the case's plan and the
 * item's rules for it.
 *
 * @param stageOrder the stage's position in the plan, from 0
 * @param limitDays the working days the department has for its opinion once the task opens
 * @param deemable whether the item's rule lets a missed deadline count as consent (超时默认)
 * @param laterStagesWait whether a later stage of the plan waits for this task's stage: only then can the task's
 *        answer open other tasks
 */
public record TaskTerms(String stageKey, int stageOrder, int limitDays, boolean deemable, boolean laterStagesWait) {
}
