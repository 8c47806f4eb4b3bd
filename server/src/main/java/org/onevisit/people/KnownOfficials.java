package org.onevisit.people;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The officials this node has looked up as the actor of record of an action ({@link Actors}), kept in memory with
 * the version of the row they were read from (ADR 0012).
 * <p>
 * Invalidation: every request with a staff login reads its account's enabled flag and version
 * ({@link DisabledAccountGate}) before anything acts, and hands them to {@link #checked}; an entry whose version or
 * enabled flag differs is forgotten, so the actions of that request read the account again. Every change the product
 * makes to an account (enabling, disabling, a password) moves its version on, on whichever node it is made. An
 * action is taken in a request by the official of that request, so the entry it uses was checked against the
 * database at the start of the request on this node: what a node keeps is never older than what a read at that moment
 * would give. Only the staff's own accounts are kept, so the memory is bounded by the number of accounts.
 */
@Component
class KnownOfficials {

    private final Map<String, StaffMembers.Versioned> known = new ConcurrentHashMap<>();
    private final StaffMembers members;

    KnownOfficials(StaffMembers members) {
        this.members = members;
    }

    /** The official as last read on this node, or read now. */
    Optional<StaffMember> find(String username) {
        StaffMembers.Versioned kept = known.get(username);
        if (kept != null) {
            return Optional.of(kept.member());
        }
        Optional<StaffMembers.Versioned> read = members.findVersioned(username);
        read.ifPresent(v -> known.put(username, v));
        return read.map(StaffMembers.Versioned::member);
    }

    /** The account as a request just read it: an entry that no longer matches it is forgotten. */
    void checked(String username, StaffMembers.Standing standing) {
        known.computeIfPresent(username, (name, kept) -> kept.version() == standing.version()
                && kept.member().enabled() == standing.enabled() ? kept : null);
    }
}
