package org.onevisit.postal;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who registers the post and scans it into cases: whoever works at the comprehensive counter, as intake's counter
 * policy says — registering a mail item is receiving a case. Used by the pages' and the API's {@code @PreAuthorize}
 * ({@value #OPENS}) and by the facades, so both say the same.
 */
@Component("postalDesk")
public class PostalDesk {

    /** The controllers' check. */
    public static final String OPENS = "@postalDesk.opens(authentication)";

    private final CounterDecisions counter;

    PostalDesk(CounterDecisions counter) {
        this.counter = counter;
    }

    public boolean opens(@Nullable Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                && counter.worksAtCounter(user.getName());
    }

    void check(String clerk) {
        if (!counter.worksAtCounter(clerk)) {
            throw new DomainException(Kind.FORBIDDEN, "postal-counter-only", "Only the counter registers the post", clerk);
        }
    }
}
