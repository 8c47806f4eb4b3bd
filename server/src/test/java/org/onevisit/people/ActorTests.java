package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTests {

    @Test
    void a_member_of_staff_acts_in_their_roles_for_their_department() {
        Actor chief = TestActors.chiefOf("SCJG");

        assertThat(chief.isStaff()).isTrue();
        assertThat(chief.holds(StaffRole.CHIEF_REPRESENTATIVE)).isTrue();
        assertThat(chief.holdsAny(StaffRole.CLERK, StaffRole.REVIEWER)).isTrue();
        assertThat(chief.holds(StaffRole.CLERK)).isFalse();
        assertThat(chief.worksFor("SCJG")).isTrue();
        assertThat(chief.worksFor("BDC")).isFalse();
    }

    @Test
    void the_centres_own_staff_work_for_no_department() {
        assertThat(TestActors.CLERK.worksFor(null)).isFalse();
        assertThat(TestActors.CLERK.worksFor("SCJG")).isFalse();
    }

    @Test
    void a_disabled_account_is_nobody_the_centre_knows() {
        Actor disabled = Actor.staff(new StaffMember("gone", "离职", "SCJG", Set.of(StaffRole.CHIEF_REPRESENTATIVE), false,
                false));

        assertThat(disabled.kind()).isEqualTo(Actor.Kind.UNKNOWN);
        assertThat(disabled.holds(StaffRole.CHIEF_REPRESENTATIVE)).isFalse();
        assertThat(disabled.worksFor("SCJG")).isFalse();
    }

    @Test
    void applicants_and_strangers_hold_no_role_and_no_department() {
        assertThat(TestActors.APPLICANT.isApplicant()).isTrue();
        assertThat(TestActors.APPLICANT.roles()).isEmpty();
        assertThat(TestActors.NOBODY.isStaff()).isFalse();
        assertThatThrownBy(() -> new Actor("applicant-1", Actor.Kind.APPLICANT, Set.of(StaffRole.CLERK), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_member_of_staff_is_named_like_an_applicant() {
        assertThatThrownBy(() -> new NewStaffMember("applicant-7", "冒名", null, Set.of(StaffRole.CLERK), "password-1"))
                .satisfies(e -> assertThat(((org.onevisit.platform.DomainException) e).code())
                        .isEqualTo("staff-username-invalid"));
    }
}
