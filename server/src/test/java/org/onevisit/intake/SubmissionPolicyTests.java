package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;

class SubmissionPolicyTests {

    private static final CounterPolicy COUNTER = new CounterPolicy(new CounterStaffing(false));
    private static final List<String> SCJG = List.of("SCJG");
    private static final String OWN_ID = IntakeFixtures.PERSON.identifier();

    private static Submission on(Channel channel, @Nullable String account) {
        return aCase().of("XK-T-001").on(channel).withIdempotencyKey("key").withApplicant(IntakeFixtures.PERSON)
                .byAccount(account).build();
    }

    private static void refused(Actor who, Submission s, @Nullable String ownIdentifier, String code) {
        assertThatThrownBy(() -> SubmissionPolicy.check(who, s, SCJG, ownIdentifier, COUNTER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                });
    }

    @Test
    void an_applicant_applies_for_themselves_online_on_their_own_account() {
        Actor me = TestActors.APPLICANT;

        assertThatNoException().isThrownBy(() -> SubmissionPolicy.check(me, on(Channel.WEB, me.name()), SCJG, OWN_ID, COUNTER));
        assertThatNoException().isThrownBy(() -> SubmissionPolicy.check(me, on(Channel.MOBILE, me.name()), SCJG, OWN_ID, COUNTER));
    }

    @Test
    void an_applicant_does_not_apply_at_the_counter_nor_for_someone_else_nor_into_another_account() {
        Actor me = TestActors.APPLICANT;

        refused(me, on(Channel.COUNTER, me.name()), OWN_ID, "intake-channel-not-yours");
        refused(me, on(Channel.KIOSK, me.name()), OWN_ID, "intake-channel-not-yours");
        refused(me, on(Channel.WEB, me.name()), "330999199003071233", "intake-submission-not-yours");
        refused(me, on(Channel.WEB, TestActors.ANOTHER_APPLICANT.name()), OWN_ID, "intake-submission-not-yours");
        refused(me, on(Channel.WEB, null), OWN_ID, "intake-submission-not-yours");
    }

    @Test
    void the_counter_hands_in_a_case_at_the_counter_or_a_kiosk_into_no_account() {
        assertThatNoException().isThrownBy(() -> SubmissionPolicy.check(TestActors.CLERK, on(Channel.COUNTER, null), SCJG,
                null, COUNTER));
        assertThatNoException().isThrownBy(() -> SubmissionPolicy.check(TestActors.CLERK, on(Channel.KIOSK, null), SCJG,
                null, COUNTER));
        refused(TestActors.CLERK, on(Channel.WEB, null), null, "intake-channel-counter-only");
        refused(TestActors.CLERK, on(Channel.COUNTER, "applicant-1"), null, "intake-submission-not-yours");
    }

    @Test
    void the_counter_makes_the_case_of_an_application_that_came_by_post_and_an_applicant_does_not() {
        assertThatNoException().isThrownBy(() -> SubmissionPolicy.check(TestActors.CLERK, on(Channel.POSTAL, null), SCJG,
                null, COUNTER));
        Actor me = TestActors.APPLICANT;
        refused(me, on(Channel.POSTAL, me.name()), OWN_ID, "intake-channel-not-yours");
        refused(TestActors.CLERK, on(Channel.POSTAL, "applicant-1"), null, "intake-submission-not-yours");
        assertThat(Channel.POSTAL.inPerson()).as("nobody comes: no visit").isFalse();
    }

    @Test
    void no_other_member_of_staff_hands_in_a_case() {
        for (Actor who : List.of(TestActors.chiefOf("SCJG"), TestActors.reviewerOf("SCJG"), TestActors.COORDINATOR,
                TestActors.SUPERVISOR, TestActors.ADMIN, TestActors.NOBODY)) {
            refused(who, on(Channel.COUNTER, null), null, "intake-counter-clerks-only");
        }
    }
}
