package org.onevisit.supervision.complaints;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.supervision.ComplaintParties.Party;
import org.onevisit.supervision.ComplaintParties.Role;

/**
 * Who may do what with a complaint. Applicants complain on the portal for themselves; a clerk records one made at the
 * counter; the 12345 hotline's account ({@code HOTLINE}) refers its callers' complaints, and supervisors may record a
 * referral too; supervisors record letters, decide on acceptance, route and close; the routed department's chief
 * representative or head answers it. Supervisors read every complaint, a department the ones routed to it, an
 * applicant their own (another's is not found, as one that does not exist), a clerk and the hotline the ones they
 * recorded, and the hotline lists its own referrals.
 */
final class ComplaintPolicy {

    private ComplaintPolicy() {
    }

    static void checkFiling(Party who, ComplaintChannel channel) {
        boolean allowed = switch (channel) {
            case PORTAL -> who.isApplicant();
            case COUNTER -> who.holds(Role.CLERK);
            case HOTLINE_12345 -> who.holds(Role.SUPERVISOR) || who.holds(Role.HOTLINE);
            case LETTER -> who.holds(Role.SUPERVISOR);
        };
        if (!allowed) {
            throw forbidden(who, "supervision-complaint-channel-forbidden", channel.name());
        }
    }

    static void checkReadable(Party who, Complaint c) {
        if (who.holds(Role.SUPERVISOR) || answersFor(who, c.department()) || who.login().equals(c.filing().recordedBy())
                && !who.isApplicant()) {
            return;
        }
        if (who.isApplicant() && who.login().equals(c.complainant().account())) {
            return;
        }
        if (who.isApplicant()) {
            throw notFound(c.number());
        }
        throw forbidden(who, "supervision-complaint-forbidden", c.number());
    }

    /** The supervisors' steps: accept or not, route, close. */
    static void checkSupervising(Party who, Complaint c) {
        checkReadable(who, c);
        if (!who.holds(Role.SUPERVISOR)) {
            throw forbidden(who, "supervision-complaint-forbidden", c.number());
        }
    }

    /** The answer: the chief representative or the head of the department it was routed to. */
    static void checkAnswering(Party who, Complaint c) {
        checkReadable(who, c);
        if (!answersFor(who, c.department())) {
            throw forbidden(who, "supervision-complaint-not-your-department", c.number());
        }
    }

    /** Who may list complaints, and which: null for all, else the department whose they may see. */
    static Scope listing(Party who) {
        if (who.holds(Role.SUPERVISOR)) {
            return new Scope(null, null, null);
        }
        if (who.isApplicant()) {
            return new Scope(null, who.login(), null);
        }
        if ((who.holds(Role.CHIEF_REPRESENTATIVE) || who.holds(Role.DEPARTMENT_HEAD)) && who.department() != null) {
            return new Scope(who.department(), null, null);
        }
        if (who.holds(Role.HOTLINE)) {
            return new Scope(null, null, who.login());
        }
        throw forbidden(who, "supervision-complaint-forbidden", "");
    }

    /**
     * The complaints a person may list: a department's, an account's, those recorded by one login (the hotline's
     * referrals), or (all null) every one.
     */
    record Scope(@Nullable String department, @Nullable String account, @Nullable String recordedBy) {
    }

    static boolean answersFor(Party who, @Nullable String department) {
        return department != null && department.equals(who.department())
                && (who.holds(Role.CHIEF_REPRESENTATIVE) || who.holds(Role.DEPARTMENT_HEAD));
    }

    static DomainException notFound(String number) {
        return new DomainException(Kind.NOT_FOUND, "supervision-complaint-not-found", "No complaint " + number,
                Map.of("number", number), number);
    }

    private static DomainException forbidden(Party who, String code, String subject) {
        return new DomainException(Kind.FORBIDDEN, code, who.login() + " may not act on complaint " + subject, subject);
    }
}
