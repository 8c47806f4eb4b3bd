package org.onevisit.supervision;

import java.util.List;

/**
 * A department's supervision group (监管小组): led by the department's principal head (部门主要负责人任组长), with its
 * members; it spot-checks the decisions taken under the department's delegations ("谁授权、谁监管").
 *
 * @param version the group's version, for changes made at the same time by two people
 */
public record SupervisionGroup(String department, String leader, List<String> members, long version) {

    public SupervisionGroup {
        members = List.copyOf(members);
    }

    /** Whether the person leads the group or belongs to it. */
    public boolean includes(String username) {
        return leader.equals(username) || members.contains(username);
    }
}
