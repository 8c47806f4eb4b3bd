package org.onevisit.postal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.MaterialStatus;

/**
 * What the clerk reads from the letter to make its case: the item or bundle, the applicant (and agent), the answers of
 * the one form, and what is known of each material; the scanned files come beside it. The retry of one making, with
 * the same {@code idempotencyKey}, answers the case the first made.
 */
public record PostalApplication(String idempotencyKey, String subject, boolean bundle, Applicant applicant,
        @Nullable Agent agent, Map<String, String> form, Map<String, MaterialStatus> materials) {

    public PostalApplication {
        form = Map.copyOf(form);
        materials = Map.copyOf(materials);
    }
}
