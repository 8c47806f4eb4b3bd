package org.onevisit.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a chief representative's delegation list (授权清单): the item they may decide alone on
 * the spot, over a period, granted by an administrator. Entries are never changed except to record
 * their revocation once; the list's history is the set of all entries.
 *
 * @param validTo the last day, or null for "until revoked"
 * @param revocation when, by whom and why it was withdrawn, or null while in force
 */
public record Delegation(long id, String username, String itemCode, LocalDate validFrom, @Nullable LocalDate validTo,
        String grantedBy, Instant grantedAt, @Nullable Revocation revocation) {

    /** The withdrawal of a delegation. */
    public record Revocation(Instant at, String by, String reason) {
    }

    /**
     * Whether the delegation covered the given day. A revocation takes effect on the day it is
     * recorded (in the centre's zone) and leaves earlier days covered, so decisions taken under the
     * delegation before then stay delegated decisions.
     */
    public boolean coversOn(LocalDate day, ZoneId zone) {
        boolean inPeriod = !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        return inPeriod && (revocation == null || day.isBefore(revocation.at().atZone(zone).toLocalDate()));
    }

    public boolean revoked() {
        return revocation != null;
    }

    /** Whether this delegation, unless revoked, shares at least one day with the given period. */
    boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return !revoked() && startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
