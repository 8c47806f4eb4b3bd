package org.onevisit.intake.web;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CounterDecisions;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who opens the counter's pages ({@code /staff/counter/**}) and sees them in the menu: whoever the counter policy
 * lets work at the counter. Used by the pages' {@code @PreAuthorize} and by the layout, so both say the same.
 */
@Component("counterDesk")
public class CounterDesk {

    /** The pages' check: the counter opens for this person. */
    static final String OPENS = "@counterDesk.opens(authentication)";

    private final CounterDecisions counter;

    CounterDesk(CounterDecisions counter) {
        this.counter = counter;
    }

    public boolean opens(@Nullable Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                && counter.worksAtCounter(user.getName());
    }
}
