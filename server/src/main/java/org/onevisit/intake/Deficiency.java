package org.onevisit.intake;

import org.onevisit.platform.Limits;

/** One line of the one-time deficiency notice (一次性告知书): a material and what is missing or wrong. */
public record Deficiency(String materialKey, String materialName, String problem) {

    public Deficiency {
        Limits.bounded("material", materialKey, Limits.CODE);
        Limits.bounded("materialName", materialName, Limits.LINE);
        Limits.bounded("problem", problem, Limits.REMARK);
    }
}
