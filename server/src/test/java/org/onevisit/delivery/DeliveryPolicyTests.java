package org.onevisit.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;

class DeliveryPolicyTests {

    @Test
    void the_counter_clerks_hand_out_results_and_nobody_else() {
        assertThatNoException().isThrownBy(() -> DeliveryPolicy.check(TestActors.CLERK));
        for (Actor who : List.of(TestActors.chiefOf("SCJG"), TestActors.reviewerOf("SCJG"), TestActors.COORDINATOR,
                TestActors.SUPERVISOR, TestActors.ADMIN, TestActors.APPLICANT)) {
            assertThatThrownBy(() -> DeliveryPolicy.check(who)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("delivery-counter-clerks-only"));
        }
    }
}
