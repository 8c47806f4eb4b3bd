package org.onevisit.intake;

import org.onevisit.platform.Limits;

/**
 * 不予受理: the reason, the competent authority where the matter is not ours, and the applicant's remedies
 * (administrative reconsideration and litigation).
 */
public record Refusal(String reason, String competentAuthority, String remedies) {

    public Refusal {
        Limits.bounded("reason", reason, Limits.TEXT);
        Limits.bounded("competentAuthority", competentAuthority, Limits.LINE);
        Limits.bounded("remedies", remedies, Limits.TEXT);
    }
}
