package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/** What an applicant and the counter may do with a case once it is handed in: hand in files, and withdraw it. */
class WithdrawalAndUploadPolicyTests {

    private static final CounterPolicy COUNTER = new CounterPolicy(new CounterStaffing(false));
    private static final IntakeCase CASE = IntakeFixtures.received();
    private static final String ACCOUNT = TestActors.APPLICANT.name();

    private static void refused(Runnable check, Kind kind, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void the_applicant_withdraws_their_own_case_and_hands_in_its_files() {
        assertThatNoException().isThrownBy(() -> WithdrawalPolicy.check(TestActors.APPLICANT, CASE, ACCOUNT, null, COUNTER));
        assertThatNoException().isThrownBy(() -> UploadPolicy.check(TestActors.APPLICANT, CASE, ACCOUNT, COUNTER));
    }

    @Test
    void another_applicants_case_is_not_found_as_if_it_did_not_exist() {
        refused(() -> WithdrawalPolicy.check(TestActors.ANOTHER_APPLICANT, CASE, ACCOUNT, null, COUNTER), Kind.NOT_FOUND,
                "intake-case-not-found");
        refused(() -> UploadPolicy.check(TestActors.ANOTHER_APPLICANT, CASE, ACCOUNT, COUNTER), Kind.NOT_FOUND,
                "intake-case-not-found");
        refused(() -> UploadPolicy.check(TestActors.APPLICANT, CASE, null, COUNTER), Kind.NOT_FOUND,
                "intake-case-not-found");
    }

    @Test
    void the_counter_withdraws_only_on_the_applicants_signed_request_on_file() {
        assertThatNoException().isThrownBy(() -> WithdrawalPolicy.check(TestActors.CLERK, CASE, null, "撤回申请 2026-0042",
                COUNTER));
        refused(() -> WithdrawalPolicy.check(TestActors.CLERK, CASE, null, " ", COUNTER), Kind.RULE_VIOLATED,
                "intake-withdrawal-request-missing");
        refused(() -> WithdrawalPolicy.check(TestActors.CLERK, CASE, null, "x".repeat(101), COUNTER), Kind.RULE_VIOLATED,
                "intake-withdrawal-request-missing");
        assertThat(WithdrawalPolicy.note("", "撤回申请 2026-0042", "申请人撤回")).isEqualTo("申请人撤回（书面撤回申请 撤回申请 2026-0042）");
    }

    @Test
    void the_counter_hands_in_files_for_the_applicant() {
        assertThatNoException().isThrownBy(() -> UploadPolicy.check(TestActors.CLERK, CASE, null, COUNTER));
    }

    @Test
    void no_other_member_of_staff_withdraws_a_case_or_fills_its_files() {
        for (Actor who : List.of(TestActors.chiefOf("SCJG"), TestActors.reviewerOf("SCJG"), TestActors.COORDINATOR,
                TestActors.SUPERVISOR, TestActors.ADMIN)) {
            refused(() -> WithdrawalPolicy.check(who, CASE, null, "撤回申请 2026-0042", COUNTER), Kind.FORBIDDEN,
                    "intake-counter-clerks-only");
            refused(() -> UploadPolicy.check(who, CASE, null, COUNTER), Kind.FORBIDDEN, "intake-counter-clerks-only");
        }
        refused(() -> UploadPolicy.check(TestActors.NOBODY, CASE, null, COUNTER), Kind.FORBIDDEN, "intake-unknown-person");
    }
}
