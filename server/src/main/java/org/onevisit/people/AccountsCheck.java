package org.onevisit.people;

import java.util.ArrayList;
import java.util.List;

import org.onevisit.platform.DocumentedSecrets;
import org.onevisit.platform.ProductionCheck;
import org.onevisit.platform.ProductionProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Accounts in production: no demo account left from a trial that can still sign in (their password is the documented
 * {@value DocumentedSecrets#DEMO_PASSWORD}), and no first administrator's password that is the demo's or a
 * documentation example. Whether a password is strong enough otherwise is the password policy's concern.
 */
@Component
class AccountsCheck implements ProductionCheck {

    private final StaffMembers staff;
    private final Applicants applicants;
    private final String bootstrapPassword;

    AccountsCheck(StaffMembers staff, Applicants applicants,
            @Value("${onevisit.bootstrap-admin.password:${ONEVISIT_ADMIN_PASSWORD:}}") String bootstrapPassword) {
        this.staff = staff;
        this.applicants = applicants;
        this.bootstrapPassword = bootstrapPassword;
    }

    @Override
    public List<ProductionProblem> problems() {
        List<ProductionProblem> problems = new ArrayList<>();
        if (!bootstrapPassword.isBlank() && DocumentedSecrets.isDocumented(bootstrapPassword)) {
            problems.add(new ProductionProblem("The first administrator's password (onevisit.bootstrap-admin.password, "
                    + "ONEVISIT_ADMIN_PASSWORD) is the demo password or an example from the documentation.",
                    "Set ONEVISIT_ADMIN_PASSWORD to a password of its own; if the administrator was already created "
                            + "with this one, change it after signing in."));
        }
        List<String> demoStaff = staff.enabledDemoUsernames();
        long demoApplicants = applicants.countEnabledDemo();
        if (!demoStaff.isEmpty() || demoApplicants > 0) {
            problems.add(new ProductionProblem("Demo accounts from a trial can still sign in with the demo password: "
                    + (demoStaff.isEmpty() ? "no" : demoStaff.size()) + " staff " + demoStaff + " and " + demoApplicants
                    + " applicant(s).", "Start production on a new database without the trial's data, or disable them: "
                    + "UPDATE people_staff SET enabled = FALSE WHERE demo = TRUE; UPDATE people_applicant SET enabled = "
                    + "FALSE WHERE demo = TRUE; (the demo's 'admin' keeps its username, so name the first administrator "
                    + "otherwise with ONEVISIT_ADMIN_USERNAME)."));
        }
        return problems;
    }
}
