package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoPeopleTests {

    @Autowired
    DemoPeople demo;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_role_has_a_demo_account_flagged_as_demo() {
        Set<StaffRole> roles = staff.all().stream().filter(StaffMember::demo).flatMap(m -> m.roles().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));

        assertThat(roles).containsExactlyInAnyOrder(StaffRole.values());
    }

    @Test
    void the_demo_numbers_are_made_up_but_checksum_valid() {
        assertThat(new ResidentIdNumber(DemoPeople.PERSON_ID_NUMBER).value()).startsWith("330999");
        assertThat(CreditCode.parse(DemoPeople.COMPANY_CREDIT_CODE).value()).startsWith("91330999");
    }

    @Test
    void loading_again_adds_nothing() {
        long before = count();

        demo.load();

        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM people_staff) + (SELECT COUNT(*) FROM people_applicant)
                     + (SELECT COUNT(*) FROM people_delegation) FROM people_staff WHERE username = 'admin'
                """).query(Long.class).single();
    }
}
