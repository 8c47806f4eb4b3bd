package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.ApplicantRole;
import org.onevisit.platform.DomainException;

/** The applicants of a case against the roles its item or bundle declares. */
class ApplicantRolesTests {

    private static final List<ApplicantRole> SALE = List.of(new ApplicantRole("buyer", "买方", "Buyer", 1),
            new ApplicantRole("seller", "卖方", "Seller", 1));
    private static final Applicant SELLER = new Applicant(false, "330999198001011232", "李四", "13900001111", null);

    private static Parties parties(String role, RoledApplicant... others) {
        return new Parties(IntakeFixtures.PERSON, null, Map.of(), role, List.of(others));
    }

    private static String refusal(Runnable check) {
        try {
            check.run();
        } catch (DomainException e) {
            return e.code();
        }
        return "none";
    }

    @Test
    void a_house_sale_takes_a_buyer_and_a_seller() {
        Parties sale = parties("buyer", new RoledApplicant("seller", SELLER));

        sale.checkRoles(SALE);
        assertThat(sale.applicants()).extracting(RoledApplicant::role).containsExactly("buyer", "seller");
        assertThat(sale.personalData()).contains(SELLER.identifier(), SELLER.phone());
    }

    @Test
    void each_role_needs_its_applicants_in_a_declared_role_and_nobody_twice() {
        assertThat(refusal(() -> parties("buyer").checkRoles(SALE))).isEqualTo("intake-applicant-role-missing");
        assertThat(refusal(() -> parties("").checkRoles(SALE))).isEqualTo("intake-applicant-role-unknown");
        assertThat(refusal(() -> parties("buyer", new RoledApplicant("landlord", SELLER)).checkRoles(SALE)))
                .isEqualTo("intake-applicant-role-unknown");
        assertThat(refusal(() -> parties("buyer", new RoledApplicant("seller", IntakeFixtures.PERSON)).checkRoles(SALE)))
                .isEqualTo("intake-applicant-twice");
    }

    @Test
    void an_item_without_roles_takes_one_applicant_without_a_role() {
        new Parties(IntakeFixtures.PERSON, null, Map.of()).checkRoles(List.of());
        assertThat(refusal(() -> parties("", new RoledApplicant("", SELLER)).checkRoles(List.of())))
                .isEqualTo("intake-applicants-one");
        assertThatThrownBy(() -> parties("buyer").checkRoles(List.of())).isInstanceOf(DomainException.class);
    }

    @Test
    void the_other_applicants_personal_data_is_sealed_with_the_first_ones() {
        Parties sealed = parties("buyer", new RoledApplicant("seller", SELLER)).withPersonalData(v -> "sealed:" + v);

        assertThat(sealed.coApplicants().get(0).applicant().identifier()).isEqualTo("sealed:" + SELLER.identifier());
        assertThat(sealed.coApplicants().get(0).applicant().phone()).isEqualTo("sealed:" + SELLER.phone());
        assertThat(sealed.coApplicants().get(0).applicant().name()).isEqualTo("李四");
        assertThat(sealed.coApplicants().get(0).role()).isEqualTo("seller");
    }
}
