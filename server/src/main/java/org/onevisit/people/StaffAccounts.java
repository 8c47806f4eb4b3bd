package org.onevisit.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: who works in the centre, in which department, in which roles.
 * <p>
 * Officials are looked up every time they act, so the accounts found are kept in memory: an account's department,
 * roles and enabled flag are set when it is opened and never change afterwards (only its password does, and the
 * password is not part of {@link StaffMember}), so what a node keeps is what every node would read. An account not
 * found is not kept: one opened on another node is found the first time it is asked for. Whoever adds a way to
 * change an account's department, roles or enabled flag must make every node forget it when it changes.
 */
@Service
public class StaffAccounts {

    private final Map<String, StaffMember> found = new ConcurrentHashMap<>();
    private final StaffMembers members;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(StaffMembers members, PasswordEncoder passwords, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Every account, by username. */
    @ReadOnly
    public List<StaffMember> all() {
        return members.all();
    }

    @ReadOnly
    public Optional<StaffMember> find(String username) {
        StaffMember known = found.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StaffMember> member = members.find(username);
        member.ifPresent(m -> found.put(username, m));
        return member;
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
