package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;
import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class StaffAccountsTests {

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Test
    void an_account_is_read_as_it_stands_not_as_a_node_once_found_it() {
        String username = "kept-" + System.nanoTime();
        staff.open(new NewStaffMember(username, "留存测试", "SCJG", Set.of(StaffRole.REVIEWER), "kept-pass-1"));
        assertThat(staff.find(username)).map(StaffMember::departmentCode).contains("SCJG");

        // changed by another node: written to the shared database, not through this node's accounts
        jdbc.sql("UPDATE people_staff SET department_code = 'SWJ', enabled = FALSE WHERE username = ?").param(username)
                .update();

        assertThat(staff.find(username)).map(StaffMember::departmentCode).contains("SWJ");
        assertThat(staff.find(username)).map(StaffMember::enabled).contains(false);
    }

    @Test
    void an_administrator_disables_and_enables_an_account_and_the_trail_keeps_both() {
        String username = "leaving-" + System.nanoTime();
        staff.open(new NewStaffMember(username, "离岗测试", null, Set.of(StaffRole.CLERK), "leaving-pass-1"), "admin");

        assertThat(staff.disable(username, "admin").enabled()).isFalse();
        assertThat(staff.find(username)).map(StaffMember::enabled).contains(false);
        assertThat(staff.enable(username, "admin").enabled()).isTrue();

        assertThat(trail.history("staff", username)).extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(tuple("openAccount", "admin"), tuple("disable", "admin"), tuple("enable", "admin"));
    }

    @Test
    void an_administrator_cannot_disable_their_own_account_nor_one_that_does_not_exist() {
        assertThatThrownBy(() -> staff.disable("admin", "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("staff-disable-self"));
        assertThat(staff.find("admin")).map(StaffMember::enabled).contains(true);
        assertThatThrownBy(() -> staff.disable("nobody-" + System.nanoTime(), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("staff-not-found"));
    }

    @Test
    void an_account_not_found_is_found_once_another_node_has_opened_it() {
        String username = "later-" + System.nanoTime();
        assertThat(staff.find(username)).isEmpty();

        // opened by another node: written to the shared database, not through this node's accounts
        jdbc.sql("""
                INSERT INTO people_staff (username, display_name, password_hash, enabled, department_code, demo, created_at)
                VALUES (?, '另一节点', 'x', TRUE, 'BDC', FALSE, ?)""")
                .params(username, OffsetDateTime.parse("2026-03-02T09:00:00+08:00")).update();

        assertThat(staff.find(username)).map(StaffMember::departmentCode).contains("BDC");
    }
}
