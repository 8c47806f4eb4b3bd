package org.onevisit.supervision.web;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.supervision.SupervisionGroups;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who sees the spot checks' pages in the menu and opens them: the supervisors, the departments' principal heads and
 * the members of a supervision group. Used by the pages' {@code @PreAuthorize} and by the layout, so both say the same.
 */
@Component("spotCheckDesk")
public class SpotCheckDesk {

    /** The pages' check. */
    static final String OPENS = "@spotCheckDesk.opens(authentication)";

    private final SupervisionGroups groups;

    SpotCheckDesk(SupervisionGroups groups) {
        this.groups = groups;
    }

    public boolean opens(@Nullable Authentication user) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return false;
        }
        Actor who = groups.official(user.getName());
        return who.holdsAny(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD) || who.isStaff() && !groups.of(who).isEmpty();
    }
}
