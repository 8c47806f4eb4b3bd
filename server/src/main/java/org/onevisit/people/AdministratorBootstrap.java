package org.onevisit.people;

import java.util.Set;

import org.onevisit.platform.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator. No account ships with a default password: when no enabled administrator
 * exists, one is opened from {@code onevisit.bootstrap-admin.username} (default {@code admin}) and
 * {@code onevisit.bootstrap-admin.password} (or the environment variable {@code ONEVISIT_ADMIN_PASSWORD});
 * without a password the start-up log says how to create one. A password that fails the {@link PasswordPolicy}
 * stops the start with the rule it broke; the administrator changes it at the first login. Runs after the demo data.
 */
@Component
@Order(DemoPeople.ORDER + 1)
class AdministratorBootstrap implements StartupData {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final StaffMembers members;
    private final StaffAccounts accounts;
    private final String username;
    private final String password;

    AdministratorBootstrap(StaffMembers members, StaffAccounts accounts,
            @Value("${onevisit.bootstrap-admin.username:${ONEVISIT_ADMIN_USERNAME:admin}}") String username,
            @Value("${onevisit.bootstrap-admin.password:${ONEVISIT_ADMIN_PASSWORD:}}") String password) {
        this.members = members;
        this.accounts = accounts;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void load() {
        ensureAdministrator();
    }

    /** Opens the configured administrator if there is none; true if it did. */
    boolean ensureAdministrator() {
        if (members.countEnabledHolding(StaffRole.ADMIN) > 0) {
            return false;
        }
        if (password.isBlank()) {
            log.warn("No administrator account exists and none is configured: nobody can manage staff. Set "
                    + "onevisit.bootstrap-admin.username and onevisit.bootstrap-admin.password (or the environment "
                    + "variable ONEVISIT_ADMIN_PASSWORD) and restart to create the first administrator.");
            return false;
        }
        if (members.exists(username)) {
            log.warn("No enabled administrator exists, but the configured bootstrap username '{}' is taken by "
                    + "another account; choose another onevisit.bootstrap-admin.username.", username);
            return false;
        }
        PasswordPolicy.standard().problem(password, PasswordPolicy.Holder.staff(username)).ifPresent(refusal -> {
            throw new IllegalStateException("The configured password of the first administrator "
                    + "(onevisit.bootstrap-admin.password or ONEVISIT_ADMIN_PASSWORD) is refused: " + refusal.getMessage()
                    + " Choose one of at least 8 characters with 3 of the 4 kinds (lower case, upper case, digits, "
                    + "symbols), not a common password and not containing the username, and start again.");
        });
        accounts.open(new NewStaffMember(username, "管理员", null, Set.of(StaffRole.ADMIN), password), false);
        log.info("Created the first administrator account '{}' from the configuration; its password must be changed "
                + "at the first login.", username);
        return true;
    }
}
