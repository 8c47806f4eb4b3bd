package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The first administrator; each test removes every administrator inside a transaction that is rolled back. */
@SpringBootTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapTests {

    @Autowired
    StaffMembers members;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void with_an_administrator_present_nothing_is_created() {
        String username = TestIdentities.aUsername("boss");

        boolean created = new AdministratorBootstrap(members, accounts, username, "configured-pass-1").ensureAdministrator();

        assertThat(created).isFalse();
        assertThat(members.exists(username)).isFalse();
    }

    @Test
    void without_an_administrator_the_configured_one_is_created_and_its_password_never_logged(CapturedOutput output) {
        removeEveryAdministrator();
        String username = TestIdentities.aUsername("boss");

        boolean created = new AdministratorBootstrap(members, accounts, username, "configured-pass-1").ensureAdministrator();

        assertThat(created).isTrue();
        assertThat(members.find(username)).hasValueSatisfying(admin -> assertThat(admin.holds(StaffRole.ADMIN)).isTrue());
        assertThat(members.login(username).orElseThrow().passwordHash()).startsWith("{bcrypt}");
        assertThat(output.getAll()).doesNotContain("configured-pass-1");
    }

    @Test
    void without_an_administrator_and_without_configuration_a_warning_is_logged(CapturedOutput output) {
        removeEveryAdministrator();

        boolean created = new AdministratorBootstrap(members, accounts, "admin", "").ensureAdministrator();

        assertThat(created).isFalse();
        assertThat(members.countEnabledHolding(StaffRole.ADMIN)).isZero();
        assertThat(output.getAll()).contains("No administrator account exists")
                .contains("onevisit.bootstrap-admin.password");
    }

    @Test
    void a_configured_password_that_fails_the_policy_stops_the_start_with_the_rule_and_without_the_password() {
        removeEveryAdministrator();
        String username = TestIdentities.aUsername("boss");

        assertThatThrownBy(() -> new AdministratorBootstrap(members, accounts, username, "Password1").ensureAdministrator())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onevisit.bootstrap-admin.password")
                .hasMessageContaining("common")
                .hasMessageNotContaining("Password1");
        assertThat(members.exists(username)).isFalse();
    }

    @Test
    void the_configured_administrator_must_change_the_password_at_first_login() {
        removeEveryAdministrator();
        String username = TestIdentities.aUsername("boss");

        new AdministratorBootstrap(members, accounts, username, "configured-pass-1").ensureAdministrator();

        assertThat(members.login(username).orElseThrow().passwordChangeRequired()).isTrue();
    }

    private void removeEveryAdministrator() {
        jdbc.sql("DELETE FROM people_staff_role WHERE role = 'ADMIN'").update();
        assertThat(members.countEnabledHolding(StaffRole.ADMIN)).isZero();
    }
}
