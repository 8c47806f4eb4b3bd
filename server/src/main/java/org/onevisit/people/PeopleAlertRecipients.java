package org.onevisit.people;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The recipients of supervision's alerts by the roles staff hold: a department's reviewers handle its steps, its chief
 * representative and its principal head answer for it, the supervisors watch every department.
 */
@Component
class PeopleAlertRecipients implements AlertRecipients {

    private final StaffMembers staff;

    PeopleAlertRecipients(StaffMembers staff) {
        this.staff = staff;
    }

    @Override
    public List<String> holding(Responsibility responsibility, @Nullable String department) {
        StaffRole role = switch (responsibility) {
            case HANDLER -> StaffRole.REVIEWER;
            case CHIEF -> StaffRole.CHIEF_REPRESENTATIVE;
            case HEAD -> StaffRole.DEPARTMENT_HEAD;
            case SUPERVISOR -> StaffRole.SUPERVISOR;
        };
        return staff.all().stream()
                .filter(m -> m.enabled() && m.holds(role))
                .filter(m -> department == null || Objects.equals(department, m.departmentCode()))
                .map(StaffMember::username).sorted().toList();
    }

    @Override
    public boolean enabled(String username) {
        return staff.find(username).map(StaffMember::enabled).orElse(false);
    }
}
