package org.onevisit.intake;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A case as handed in on any channel: the item or bundle, the applicant (and agent), the one form and what
 * is known of each material (by the keys {@link MaterialSets} gives). A retry with the same idempotency key
 * returns the case the first attempt made.
 *
 * @param preCheck true for an online pre-check (互联网预审) before coming, false to hand the case in
 * @param account the applicant's portal account, when they applied online themselves
 */
public record Submission(String idempotencyKey, Channel channel, String subject, boolean bundle, Applicant applicant,
        @Nullable Agent agent, Map<String, String> form, Map<String, MaterialStatus> materials, boolean preCheck,
        @Nullable String account) {

    public Submission {
        form = Map.copyOf(form);
        materials = Map.copyOf(materials);
    }
}
