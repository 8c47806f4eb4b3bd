package org.onevisit.people;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter (窗口) each member of staff sits at: one current counter an account, by the hall's counter number as the
 * catalog keeps it, or none. The administrator sets it on the staff page and the clerk changes it at the workbench;
 * the last choice stands, since clerks rotate and the counter is a fact of the day, not of the account (ADR 0038).
 * Intake records it on each visit at the counter; queue calling at the counters reads it here ({@link #counterOf}).
 */
@Service
public class StaffCounters {

    private final StaffMembers members;
    private final Actors actors;
    private final OrganisationNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffCounters(StaffMembers members, Actors actors, ObjectProvider<OrganisationNames> names,
            ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.actors = actors;
        this.names = names.getIfAvailable(() -> OrganisationNames.NONE);
        this.events = events;
        this.clock = clock;
    }

    /** The number of the counter the member of staff sits at now; empty when at none, or for an unknown account. */
    @ReadOnly
    public Optional<String> counterOf(String username) {
        return members.counterOf(username);
    }

    /** Who sits at a counter now: username to counter number, for the accounts at one. */
    @ReadOnly
    public Map<String, String> seated() {
        return new HashMap<>(members.counters());
    }

    /** The hall's counters one may sit at, by number with their names, in the order of their numbers. */
    @ReadOnly
    public List<OrganisationNames.Choice> counters(Locale locale) {
        return names.counters(locale);
    }

    /**
     * Seats the member of staff at the counter with this number, or at none ({@code null} or blank): the administrator
     * for anyone, a member of staff working in the hall for themselves ({@link CounterSeatPolicy}). A number the hall
     * has no counter for is refused ({@code staff-counter-unknown}). Audited with the counter before and after; the same
     * counter again changes nothing.
     */
    @Transactional
    public Optional<String> seat(String username, @Nullable String counterNumber, String actor, String channel) {
        CounterSeatPolicy.check(actors.of(actor), username);
        @Nullable String counter = counterNumber == null || counterNumber.isBlank() ? null
                : counterNumber.strip().toUpperCase(Locale.ROOT);
        if (counter != null && names.counters(Locale.ROOT).stream().noneMatch(c -> c.code().equals(counter))) {
            throw new DomainException(Kind.INVALID, "staff-counter-unknown", "The hall has no counter " + counter + ".",
                    counter);
        }
        if (!members.exists(username)) {
            throw StaffAccounts.notFound(username);
        }
        Optional<String> before = members.counterOf(username);
        if (before.equals(Optional.ofNullable(counter))) {
            return before;
        }
        members.updateCounter(username, counter);
        events.publishEvent(new AuditedChange("staff", username, "seatAtCounter", actor, channel, values(before.orElse(null)),
                values(counter), clock.instant()));
        return Optional.ofNullable(counter);
    }

    private static Map<String, String> values(@Nullable String counter) {
        return counter == null ? Map.of() : Map.of("counter", counter);
    }
}
