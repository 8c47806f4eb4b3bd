package org.onevisit.delivery;

import org.onevisit.intake.IntakeCase;

/**
 * 容缺受理: a case accepted on a pledge is decided like any other, but its result is released only once every
 * pledged material is in — otherwise the pledge would cost the applicant nothing.
 */
final class WithholdingPolicy {

    private WithholdingPolicy() {
    }

    static boolean withheld(IntakeCase c) {
        return c.pledge() != null && !c.pledge().kept();
    }
}
