package org.onevisit.casework;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Whose inbox (部门待办) a person sees: a reviewer or chief representative their own department's; a coordinator,
 * who chases late departments, or a supervisor, who watches them all, any department's. The counter and the
 * administrators have no inbox: the reviews are not their work.
 */
final class InboxPolicy {

    private InboxPolicy() {
    }

    /**
     * The department whose inbox the person sees.
     *
     * @param asked the department asked for; none means the person's own
     */
    static String department(Actor who, @Nullable String asked) {
        String wanted = asked == null || asked.isBlank() ? null : asked.strip().toUpperCase(Locale.ROOT);
        if (who.holdsAny(StaffRole.COORDINATOR, StaffRole.SUPERVISOR)) {
            String department = wanted != null ? wanted : who.department();
            if (department == null) {
                throw new DomainException(Kind.INVALID, "casework-department-missing", "Name the department of the inbox");
            }
            return department;
        }
        if (who.holdsAny(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE) && who.department() != null) {
            if (wanted != null && !who.worksFor(wanted)) {
                throw new DomainException(Kind.FORBIDDEN, "casework-inbox-not-yours",
                        "Officials see their own department's inbox only", who.name(), wanted);
            }
            return who.department();
        }
        throw new DomainException(Kind.FORBIDDEN, "casework-inbox-officials-only",
                "Only officials, coordinators and supervisors see an inbox", who.name());
    }
}
