package org.onevisit.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * When a delegation may be granted: only to a chief representative, never back-dated (a grant must not
 * turn past decisions into delegated ones after the fact, "谁授权、谁监管"), and never twice for the
 * same item over the same days.
 */
final class DelegationPolicy {

    private DelegationPolicy() {
    }

    static void checkGrant(StaffMember grantee, DelegationGrant grant, List<Delegation> sameItem, LocalDate today) {
        if (!grantee.holds(StaffRole.CHIEF_REPRESENTATIVE)) {
            throw new DomainException(Kind.RULE_VIOLATED, "delegation-needs-chief-representative",
                    grantee.username() + " is not a chief representative.", grantee.username());
        }
        if (grant.validFrom().isBefore(today)) {
            throw new DomainException(Kind.RULE_VIOLATED, "delegation-backdated",
                    "A delegation cannot start before today.", grant.validFrom().toString());
        }
        sameItem.stream().filter(d -> d.overlaps(grant.validFrom(), grant.validTo())).findFirst().ifPresent(d -> {
            throw new DomainException(Kind.CONFLICT, "delegation-overlaps",
                    "Item " + grant.itemCode() + " is already delegated over part of that period.",
                    Map.of("delegationId", d.id()), grant.itemCode(), String.valueOf(d.id()));
        });
    }
}
