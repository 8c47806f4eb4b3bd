package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;

/** A department's own work: its reviews, its decisions, its terminations — by its officials and nobody else's. */
class DepartmentPoliciesTests {

    private static final Actor CHIEF = TestActors.chiefOf("SCJG");
    private static final Actor REVIEWER = TestActors.reviewerOf("SCJG");
    private static final List<Actor> OTHERS = List.of(TestActors.chiefOf("BDC"), TestActors.reviewerOf("SWJ"),
            TestActors.CLERK, TestActors.COORDINATOR, TestActors.SUPERVISOR, TestActors.ADMIN, TestActors.APPLICANT,
            TestActors.NOBODY);

    private static void forbidden(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void a_review_is_answered_by_the_officials_of_its_department_only() {
        assertThatNoException().isThrownBy(() -> ReviewPolicy.check(CHIEF, "SCJG"));
        assertThatNoException().isThrownBy(() -> ReviewPolicy.check(REVIEWER, "SCJG"));
        for (Actor other : OTHERS) {
            assertThat(ReviewPolicy.allows(other, "SCJG")).as(other.name()).isFalse();
            forbidden(() -> ReviewPolicy.check(other, "SCJG"), "casework-not-your-department");
        }
    }

    @Test
    void an_item_is_decided_by_the_officials_of_its_lead_department_only() {
        assertThat(DecisionPolicy.allows(CHIEF, "SCJG")).isTrue();
        assertThat(DecisionPolicy.allows(REVIEWER, "SCJG")).isTrue();
        for (Actor other : OTHERS) {
            forbidden(() -> DecisionPolicy.check(other, "SCJG"), "casework-not-lead-department");
        }
    }

    @Test
    void on_the_spot_only_the_lead_departments_chief_representative_decides_and_only_a_delegated_item() {
        assertThatNoException().isThrownBy(() -> DecisionPolicy.checkOnTheSpot(CHIEF, "XK-SCJG-001", "SCJG", true));
        forbidden(() -> DecisionPolicy.checkOnTheSpot(CHIEF, "XK-SCJG-001", "SCJG", false), "casework-not-delegated");
        forbidden(() -> DecisionPolicy.checkOnTheSpot(REVIEWER, "XK-SCJG-001", "SCJG", true),
                "casework-on-the-spot-chief-only");
        forbidden(() -> DecisionPolicy.checkOnTheSpot(TestActors.chiefOf("BDC"), "XK-SCJG-001", "SCJG", true),
                "casework-on-the-spot-chief-only");
        assertThat(DecisionPolicy.allowsOnTheSpot(CHIEF, "SCJG", true)).isTrue();
        assertThat(DecisionPolicy.allowsOnTheSpot(CHIEF, "BDC", true)).isFalse();
    }

    @Test
    void a_case_is_terminated_by_its_lead_departments_chief_representative_only() {
        assertThatNoException().isThrownBy(() -> TerminationPolicy.check(CHIEF, "SCJG"));
        forbidden(() -> TerminationPolicy.check(REVIEWER, "SCJG"), "casework-termination-lead-chief-only");
        for (Actor other : OTHERS) {
            forbidden(() -> TerminationPolicy.check(other, "SCJG"), "casework-termination-lead-chief-only");
        }
    }
}
