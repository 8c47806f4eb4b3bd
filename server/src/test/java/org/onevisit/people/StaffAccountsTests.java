package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class StaffAccountsTests {

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_official_found_once_is_not_read_again() {
        String username = "kept-" + System.nanoTime();
        staff.open(new NewStaffMember(username, "留存测试", "SCJG", Set.of(StaffRole.REVIEWER), "kept-pass-1"));
        assertThat(staff.find(username)).map(StaffMember::departmentCode).contains("SCJG");

        // a change no product function makes: the node goes on with the account as it found it
        jdbc.sql("UPDATE people_staff SET department_code = 'SWJ' WHERE username = ?").param(username).update();

        assertThat(staff.find(username)).map(StaffMember::departmentCode).contains("SCJG");
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
