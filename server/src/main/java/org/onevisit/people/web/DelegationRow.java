package org.onevisit.people.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Delegation;
import org.onevisit.people.OrganisationNames;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;

/** One entry of a delegation list as a page shows it: the item and who granted it by name, and how it stands today. */
record DelegationRow(long id, String itemCode, String itemName, LocalDate validFrom, @Nullable LocalDate validTo,
        String grantedBy, Standing standing, Delegation.@Nullable Revocation revocation, @Nullable String revokedBy) {

    /** How an entry of the delegation list stands today. */
    enum Standing { IN_FORCE, NOT_YET, EXPIRED, REVOKED }

    static DelegationRow of(Delegation d, LocalDate today, ZoneId zone, OrganisationNames names, StaffAccounts staff,
            Locale locale) {
        Standing standing = d.revoked() ? Standing.REVOKED
                : d.coversOn(today, zone) ? Standing.IN_FORCE
                : today.isBefore(d.validFrom()) ? Standing.NOT_YET : Standing.EXPIRED;
        return new DelegationRow(d.id(), d.itemCode(), names.itemName(d.itemCode(), locale).orElse(d.itemCode()),
                d.validFrom(), d.validTo(), nameOf(d.grantedBy(), staff), standing, d.revocation(),
                d.revocation() == null ? null : nameOf(d.revocation().by(), staff));
    }

    private static String nameOf(String username, StaffAccounts staff) {
        return staff.find(username).map(StaffMember::displayName).orElse(username);
    }

    public boolean inForce() {
        return standing == Standing.IN_FORCE || standing == Standing.NOT_YET;
    }
}
