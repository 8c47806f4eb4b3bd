package org.onevisit.supervision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The people and departments complaints (投诉) are about and handled by, which the people module keeps: who is acting,
 * an applicant account's name and phone for the notices, and the departments a complaint can be routed to, by name.
 * The people module provides it (it depends on this module, not the other way round); which of these may do what is
 * decided here, by {@code ComplaintPolicy}.
 */
public interface ComplaintParties {

    /** The person logged in under {@code login}, as the account of record has them. */
    Party of(String login);

    /** An applicant account's holder, for the notices of a complaint made on the portal; empty if unknown. */
    Optional<Contact> contactOf(String account);

    /** Every department a complaint can be routed to, in the catalog's order, by name. */
    List<Department> departments(Locale locale);

    /** A department's name, if the catalog has it. */
    Optional<String> departmentName(String code, Locale locale);

    /** Which kind of person acts. */
    enum Kind {
        STAFF, APPLICANT, UNKNOWN
    }

    /** The staff roles that take part in complaints (the others take none). */
    enum Role {
        /** 综合窗口受理员: records a complaint made in person at the counter. */
        CLERK,
        /** 监督人员: records letters and 12345 referrals, accepts, routes and closes. */
        SUPERVISOR,
        /** 首席代表: answers for the department in the centre. */
        CHIEF_REPRESENTATIVE,
        /** 部门主要负责人: answers for the department. */
        DEPARTMENT_HEAD,
        /** 12345热线: refers its callers' complaints and reads how its own referrals stand. */
        HOTLINE
    }

    /**
     * A person acting on a complaint.
     *
     * @param department a member of staff's department; null for the centre's own staff and everyone else
     */
    record Party(String login, Kind kind, Set<Role> roles, @Nullable String department) {

        public Party {
            roles = Set.copyOf(roles);
        }

        public boolean holds(Role role) {
            return kind == Kind.STAFF && roles.contains(role);
        }

        public boolean isApplicant() {
            return kind == Kind.APPLICANT;
        }
    }

    /** An applicant's name and full phone, never shown: the notices go to the phone. */
    record Contact(String name, String phone) {
    }

    /** A department to choose, by code, as the user reads it. */
    record Department(String code, String name) {
    }
}
