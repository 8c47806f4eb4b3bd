package org.onevisit.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onevisit.audit.AuditedChange;
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

    private static final String SYSTEM = "system";

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
     * hashed only, and must be changed by its holder at the first login. Audited with the system as its actor; an
     * administrator's opening names them ({@link #open(NewStaffMember, String)}).
     */
    @Transactional
    public StaffMember open(NewStaffMember member) {
        return open(member, SYSTEM);
    }

    /** Opens an account as {@link #open(NewStaffMember)}, audited as opened by the administrator. */
    @Transactional
    public StaffMember open(NewStaffMember member, String administrator) {
        StaffMember opened = open(member, false);
        events.publishEvent(new AuditedChange("staff", opened.username(), "openAccount", administrator, "WEB", Map.of(),
                values(opened), clock.instant()));
        return opened;
    }

    /** The account and the version of its row, for a form that changes it ({@link #update}). */
    @ReadOnly
    public Optional<Edition> edition(String username) {
        return members.findVersioned(username).map(v -> new Edition(v.member(), v.version()));
    }

    /** An account as read, with the version of its row. */
    public record Edition(StaffMember member, long version) {
    }

    /**
     * Changes an account's name, department and roles, as read at {@code version}: a change made by someone else since
     * is never overwritten but refused ({@code staff-changed-meanwhile}). An administrator cannot take the
     * administrator role from themselves (nobody might be left to give it back). Audited with the values before and
     * after.
     */
    @Transactional
    public StaffMember update(String username, StaffChange change, long version, String administrator) {
        StaffMember before = members.find(username).orElseThrow(() -> notFound(username));
        if (username.equals(administrator) && before.holds(StaffRole.ADMIN) && !change.roles().contains(StaffRole.ADMIN)) {
            throw new DomainException(Kind.RULE_VIOLATED, "staff-admin-role-self",
                    "An administrator cannot take the administrator role from themselves.", username);
        }
        if (!members.update(username, change, version)) {
            throw new DomainException(Kind.CONFLICT, "staff-changed-meanwhile",
                    "The account " + username + " was changed by someone else since it was read.", username);
        }
        StaffMember after = members.find(username).orElseThrow();
        events.publishEvent(new AuditedChange("staff", username, "changeAccount", administrator, "WEB", values(before),
                values(after), clock.instant()));
        return after;
    }

    /** The audited values of an account: name, department and roles. */
    private static Map<String, String> values(StaffMember member) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("displayName", member.displayName());
        if (member.departmentCode() != null) {
            values.put("department", member.departmentCode());
        }
        values.put("roles", member.roles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
        return values;
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
