package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;


import org.junit.jupiter.api.Test;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 首席代表当场决定, on the demo catalog and the demo chief representatives: 企业设立登记 (XK-SCJG-001) is in the
 * delegation list of the market regulation bureau's chief representative.
 */
@SpringBootTest
class ChiefRepresentativeTests {

    private static final String ITEM = "XK-SCJG-001";

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    private String acceptedCase() throws InterruptedException {
        String number = intake.submit(aCase().of(ITEM)
                .withApplicant(aCompany().named("示例新创科技有限公司").withPhone("13200004444").representedBy("吴十"))
                .providingAll(intake.materialsOf(ITEM, false)).build(), "clerk").number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return number;
    }

    @Test
    void a_delegated_chief_representative_decides_in_the_same_visit_and_the_decision_says_so() throws Exception {
        String number = acceptedCase();

        ItemDecided decided = deciding.decideOnTheSpot(number, ITEM, "", "scjg-chief");

        assertThat(decided.approved()).isTrue();
        assertThat(decided.resultType()).isEqualTo("LICENCE");
        assertThat(reviewing.ofCase(number)).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.CONSENTED);
            assertThat(t.answer().delegated()).isTrue();
        });
    }

    @Test
    void a_chief_representative_without_the_delegation_cannot_decide_alone() throws Exception {
        String number = acceptedCase();

        assertThatThrownBy(() -> deciding.decideOnTheSpot(number, ITEM, "", "bdc-chief"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-not-delegated"));
    }
}
