package org.onevisit.casework;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The centre's rule for legal time limits (第四十二条), the law's days unless configured: {@code
 * onevisit.casework.single-extension-days} (10), {@code onevisit.casework.joint-handling-days} (45, 联合办理) and
 * {@code onevisit.casework.joint-extension-days} (15). Acceptance sets a case's legal deadline by it and an extension
 * moves deadlines by it, so the two never differ.
 */
@Component
public class LegalTimeLimits {

    private final LegalTimeLimit.Rule rule;

    LegalTimeLimits(@Value("${onevisit.casework.single-extension-days:10}") int singleExtensionDays,
            @Value("${onevisit.casework.joint-handling-days:45}") int jointDays,
            @Value("${onevisit.casework.joint-extension-days:15}") int jointExtensionDays) {
        this.rule = new LegalTimeLimit.Rule(singleExtensionDays, jointDays, jointExtensionDays);
    }

    /** The legal limit of a case with these facts, and the extension allowed. */
    public LegalTimeLimit of(CaseFacts facts) {
        return facts.legalTimeLimit(rule);
    }

    public LegalTimeLimit.Rule rule() {
        return rule;
    }
}
