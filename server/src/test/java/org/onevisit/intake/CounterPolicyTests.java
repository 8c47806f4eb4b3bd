package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;

class CounterPolicyTests {

    private static final CounterPolicy CLERKS_ONLY = new CounterPolicy(new CounterStaffing(false));
    private static final CounterPolicy CHIEFS_TOO = new CounterPolicy(new CounterStaffing(true));
    private static final List<String> SCJG = List.of("SCJG");

    private static void refused(CounterPolicy policy, Actor who, List<String> departments, String code) {
        assertThatThrownBy(() -> policy.check(who, departments)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        });
    }

    @Test
    void a_counter_clerk_takes_every_departments_items() {
        assertThatNoException().isThrownBy(() -> CLERKS_ONLY.check(TestActors.CLERK, SCJG));
        assertThatNoException().isThrownBy(() -> CLERKS_ONLY.check(TestActors.CLERK, List.of("BDC", "SWJ", "ZJJ")));
        assertThat(CLERKS_ONLY.worksAtCounter(TestActors.CLERK)).isTrue();
    }

    @Test
    void by_default_a_chief_representative_does_no_counter_work_even_for_their_own_items() {
        refused(CLERKS_ONLY, TestActors.chiefOf("SCJG"), SCJG, "intake-counter-clerks-only");
        assertThat(CLERKS_ONLY.worksAtCounter(TestActors.chiefOf("SCJG"))).isFalse();
    }

    @Test
    void where_the_centre_allows_it_a_chief_representative_does_counter_work_for_their_own_departments_items_only() {
        Actor chief = TestActors.chiefOf("SCJG");

        assertThatNoException().isThrownBy(() -> CHIEFS_TOO.check(chief, SCJG));
        assertThat(CHIEFS_TOO.worksAtCounter(chief)).isTrue();
        refused(CHIEFS_TOO, chief, List.of("BDC"), "intake-counter-own-department-only");
        refused(CHIEFS_TOO, chief, List.of("SCJG", "SWJ"), "intake-counter-own-department-only");
        refused(CHIEFS_TOO, TestActors.chiefOf("BDC"), SCJG, "intake-counter-own-department-only");
    }

    @Test
    void reviewers_coordinators_supervisors_administrators_and_applicants_never_work_at_the_counter() {
        for (Actor who : List.of(TestActors.reviewerOf("SCJG"), TestActors.COORDINATOR, TestActors.SUPERVISOR,
                TestActors.ADMIN, TestActors.APPLICANT, TestActors.NOBODY)) {
            refused(CHIEFS_TOO, who, SCJG, "intake-counter-clerks-only");
            assertThat(CHIEFS_TOO.worksAtCounter(who)).as(who.name()).isFalse();
        }
    }
}
