package org.onevisit.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onevisit.supervision.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: who works in the centre, in which department, in which roles, and whether they may still sign in.
 * <p>
 * An account is read from its row every time it is asked for here: an administrator may disable it on any node, and
 * the official is refused at their next request on every node ({@link DisabledAccountGate}; ADR 0012). Only the
 * actor of record of an action comes from memory ({@link KnownOfficials}), checked against the account at every
 * request.
 */
@Service
public class StaffAccounts {

    private final StaffMembers members;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAccounts(StaffMembers members, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** Every account, by username. */
    @ReadOnly
    public List<StaffMember> all() {
        return members.all();
    }

    @ReadOnly
    public Optional<StaffMember> find(String username) {
        return members.find(username);
    }

    /**
     * Opens an account with a password chosen by the administrator: it must pass the {@link PasswordPolicy}, is stored
     * hashed only, and must be changed by its holder at the first login.
     */
    @Transactional
    public StaffMember open(NewStaffMember member) {
        return open(member, false);
    }

    /**
     * Replaces the password, e.g. when its holder forgot it: the new one must pass the {@link PasswordPolicy} and be
     * changed by its holder at the next login.
     */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        PasswordPolicy.standard().check(newPassword, PasswordPolicy.Holder.staff(username), "password");
        if (!members.updatePassword(username, passwords.encode(newPassword), true)) {
            throw notFound(username);
        }
    }

    /**
     * Disables an account, e.g. when its holder leaves the centre: they cannot sign in any more, and a session they have
     * open is refused at its next request. An administrator cannot disable their own account (nobody would be left to
     * enable it again). The change is audited.
     */
    @Transactional
    public StaffMember disable(String username, String administrator) {
        if (username.equals(administrator)) {
            throw new DomainException(Kind.RULE_VIOLATED, "staff-disable-self",
                    "An administrator cannot disable their own account.", username);
        }
        return changeEnabled(username, false, administrator);
    }

    /** Enables a disabled account again; audited. */
    @Transactional
    public StaffMember enable(String username, String administrator) {
        return changeEnabled(username, true, administrator);
    }

    private StaffMember changeEnabled(String username, boolean enabled, String administrator) {
        StaffMember before = members.find(username).orElseThrow(() -> notFound(username));
        if (before.enabled() == enabled) {
            return before;
        }
        members.updateEnabled(username, enabled);
        events.publishEvent(new AuditedChange("staff", username, enabled ? "enable" : "disable", administrator, "WEB",
                Map.of("enabled", String.valueOf(!enabled)), Map.of("enabled", String.valueOf(enabled)), clock.instant()));
        return members.find(username).orElseThrow();
    }

    /** Opens an account; a demo account keeps its published password and is not asked to change it. */
    StaffMember open(NewStaffMember member, boolean demo) {
        if (!demo) {
            PasswordPolicy.standard().check(member.password(), PasswordPolicy.Holder.staff(member.username()), "password");
        }
        if (members.exists(member.username())) {
            throw new DomainException(Kind.CONFLICT, "staff-username-taken",
                    "The username " + member.username() + " is taken.", member.username());
        }
        members.insert(member, passwords.encode(member.password()), demo, clock.instant());
        return members.find(member.username()).orElseThrow();
    }

    static DomainException notFound(String username) {
        return new DomainException(Kind.NOT_FOUND, "staff-not-found", "No member of staff is called " + username + ".",
                username);
    }
}
