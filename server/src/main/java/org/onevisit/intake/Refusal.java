package org.onevisit.intake;

/**
 * 不予受理: the reason, the competent authority where the matter is not ours, and the applicant's remedies
 * (administrative reconsideration and litigation).
 */
public record Refusal(String reason, String competentAuthority, String remedies) {
}
