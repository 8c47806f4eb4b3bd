package org.onevisit.casework;

import org.springframework.context.ApplicationContext;

/** Runs casework's timers now, as the scheduler would, for tests outside the module. */
public final class CaseworkTimers {

    private CaseworkTimers() {
    }

    /** 超时默认: reviews past their deadline, where the item's rule allows it, are deemed consent. */
    public static int deemLateReviewsConsented(ApplicationContext context) {
        return context.getBean(DeemedConsentTimer.class).deemLateReviewsConsented();
    }
}
