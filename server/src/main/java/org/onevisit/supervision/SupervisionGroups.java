package org.onevisit.supervision;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onevisit.audit.AuditTrail;
import org.onevisit.audit.AuditedChange;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' supervision groups (监管小组, "谁授权、谁监管"): set up by an administrator or a supervisor, each led by
 * its department's principal head, with members from the staff; every change is on the audit trail.
 */
@Service
public class SupervisionGroups {

    /** At most this many members besides the leader. */
    public static final int MAX_MEMBERS = 20;

    private final SupervisionGroupRows rows;
    private final StaffAccounts staff;
    private final Actors actors;
    private final AuditTrail trail;
    private final Clock clock;

    SupervisionGroups(SupervisionGroupRows rows, StaffAccounts staff, Actors actors, AuditTrail trail, Clock clock) {
        this.rows = rows;
        this.staff = staff;
        this.actors = actors;
        this.trail = trail;
        this.clock = clock;
    }

    @ReadOnly
    public List<SupervisionGroup> all() {
        return rows.all();
    }

    @ReadOnly
    public Optional<SupervisionGroup> of(String department) {
        return rows.of(department);
    }

    /** The groups the person leads or belongs to. */
    @ReadOnly
    public List<SupervisionGroup> of(Actor who) {
        return rows.all().stream().filter(g -> g.includes(who.name())).toList();
    }

    /** The principal heads of the departments, who may lead their department's group. */
    public List<StaffMember> heads() {
        return staff.all().stream().filter(m -> m.enabled() && m.holds(StaffRole.DEPARTMENT_HEAD)
                && m.departmentCode() != null).toList();
    }

    /** The person of this login name, as the groups' rules see them (an account disabled is nobody the centre knows). */
    public Actor official(String username) {
        return actors.of(username);
    }

    /**
     * Sets up the department's group, or changes it from {@code version} (0 for a group not set up yet): its leader
     * the department's principal head, its members enabled staff (the leader is not counted twice).
     */
    @Transactional
    public SupervisionGroup setUp(String department, String leader, List<String> members, long version, String by) {
        SpotCheckPolicy.checkSetsUpGroups(official(by));
        SpotCheckPolicy.checkLeader(official(leader.strip()), department);
        Set<String> chosen = new LinkedHashSet<>();
        for (String member : members) {
            String username = member.strip();
            if (!username.isEmpty() && !username.equals(leader.strip())) {
                if (!official(username).isStaff()) {
                    throw new DomainException(Kind.RULE_VIOLATED, "supervision-group-member-unknown",
                            username + " is no member of staff", username);
                }
                chosen.add(username);
            }
        }
        if (chosen.isEmpty() || chosen.size() > MAX_MEMBERS) {
            throw new DomainException(Kind.INVALID, "supervision-group-members-count",
                    "A supervision group has 1 to " + MAX_MEMBERS + " members besides its leader.", MAX_MEMBERS);
        }
        Optional<SupervisionGroup> before = rows.of(department);
        SupervisionGroup group = new SupervisionGroup(department, leader.strip(), List.copyOf(chosen), version);
        boolean saved;
        try {
            saved = rows.save(group, by, clock.instant());
        } catch (DuplicateKeyException setUpMeanwhile) {
            saved = false;
        }
        if (!saved) {
            throw new DomainException(Kind.CONFLICT, "supervision-group-changed",
                    "The supervision group of " + department + " was changed meanwhile.", department);
        }
        trail.record(new AuditedChange("supervision-group", department, before.isEmpty() ? "set-up" : "change", by,
                "CENTRE", before.map(SupervisionGroups::values).orElse(Map.of()), values(group), clock.instant()));
        return rows.of(department).orElseThrow();
    }

    private static Map<String, String> values(SupervisionGroup group) {
        return Map.of("department", group.department(), "leader", group.leader(), "members",
                String.join(",", group.members()));
    }
}
