package org.onevisit.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.audit.AuditedChange;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chief representatives' delegation lists (授权清单): grants, revocations with their history, and
 * whether a chief representative may decide an item alone on a given day.
 */
@Service
public class DelegationRegister {

    private final Delegations delegations;
    private final StaffMembers staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegationRegister(Delegations delegations, StaffMembers staff, ApplicationEventPublisher events, Clock clock) {
        this.delegations = delegations;
        this.events = events;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every entry of the member's list, revoked ones included, by item and start. */
    @ReadOnly
    public List<Delegation> history(String username) {
        if (!staff.exists(username)) {
            throw StaffAccounts.notFound(username);
        }
        return delegations.of(username);
    }

    /**
     * Whether the member of staff was (or will be) delegated to decide the item alone on that day: an
     * entry covers the day and had not been revoked by then.
     */
    @ReadOnly
    public boolean isDelegated(String username, String itemCode, LocalDate day) {
        return isDelegated(delegations.of(username, itemCode), itemCode, day);
    }

    /**
     * The read {@link #isDelegated(List, String, LocalDate)} answers from: every entry of the member's list, as a
     * statement a step sends with its own reads, in one round trip (ADR 0047).
     */
    public org.onevisit.platform.RoundTrips.Statement<Delegation> entriesOf(String username) {
        return Delegations.ofStatement(username);
    }

    /** As {@link #isDelegated(String, String, LocalDate)}, from the member's entries as {@link #entriesOf} read them. */
    public boolean isDelegated(List<Delegation> entries, String itemCode, LocalDate day) {
        return entries.stream().anyMatch(d -> d.itemCode().equals(itemCode) && d.coversOn(day, clock.getZone()));
    }

    /** Adds an entry to a chief representative's list. */
    @Transactional
    public Delegation grant(String username, DelegationGrant grant, String grantedBy) {
        StaffMember grantee = staff.find(username).orElseThrow(() -> StaffAccounts.notFound(username));
        DelegationPolicy.checkGrant(grantee, grant, delegations.of(username, grant.itemCode()), LocalDate.now(clock));
        long id = delegations.insert(staff.idOf(username).orElseThrow(), grant, grantedBy, clock.instant(), false);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("delegation", String.valueOf(id));
        after.put("item", grant.itemCode());
        after.put("validFrom", grant.validFrom().toString());
        if (grant.validTo() != null) {
            after.put("validTo", grant.validTo().toString());
        }
        events.publishEvent(new AuditedChange("staff", username, "grantDelegation", grantedBy, "WEB", Map.of(), after, clock.instant()));
        return delegations.find(id).orElseThrow();
    }

    /** Withdraws an entry from today on; the entry stays in the history with the reason. */
    @Transactional
    public Delegation revoke(long id, String reason, String revokedBy) {
        Delegation delegation = delegations.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "delegation-not-found", "No delegation has the number " + id + ".", String.valueOf(id)));
        if (!delegations.revoke(id, new Delegation.Revocation(clock.instant(), revokedBy, reason.strip()))) {
            throw new DomainException(Kind.CONFLICT, "delegation-already-revoked",
                    "Delegation " + id + " was revoked already.", String.valueOf(id));
        }
        events.publishEvent(new AuditedChange("staff", delegation.username(), "revokeDelegation", revokedBy, "WEB",
                Map.of("delegation", String.valueOf(id), "item", delegation.itemCode()),
                Map.of("delegation", String.valueOf(id), "revocationReason", reason.strip()), clock.instant()));
        return delegations.find(delegation.id()).orElseThrow();
    }
}
