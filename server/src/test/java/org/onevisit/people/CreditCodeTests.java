package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

class CreditCodeTests {

    @Test
    void the_widely_cited_example_and_the_code_of_the_ministry_of_public_security_are_valid() {
        assertThat(CreditCode.parse("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.parse("11100000000013127D").value()).isEqualTo("11100000000013127D");
    }

    @Test
    void lower_case_letters_and_surrounding_spaces_are_forgiven() {
        assertThat(CreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void a_code_of_the_wrong_length_is_rejected_with_its_length() {
        assertRejected("91350100M000100Y4", "credit-code-length", 17);
        assertRejected("", "credit-code-length", 0);
    }

    @Test
    void the_letters_I_O_Z_S_and_V_are_rejected_with_their_position() {
        assertRejected("91350100M0001O0Y43", "credit-code-character", 14, "O");
        assertRejected("9135010*M000100Y43", "credit-code-character", 8, "*");
        assertRejected("91350100M000100Y4S", "credit-code-character", 18, "S");
    }

    @Test
    void a_wrong_check_character_is_rejected_with_the_expected_and_the_given_one() {
        assertRejected("91350100M000100Y44", "credit-code-check", "3", "4");
    }

    @Test
    void a_wrong_organisation_code_check_is_rejected_even_when_position_18_matches() {
        String first17 = "91350100M000100Y5";
        String code = first17 + CreditCode.checkCharacter(first17);

        assertRejected(code, "credit-code-organisation-check", "4", "5");
    }

    @Test
    void the_organisation_check_maps_ten_to_X_and_eleven_to_zero() {
        assertThat(CreditCode.organisationCheckCharacter("00000001")).isEqualTo('9');
        assertThat(CreditCode.organisationCheckCharacter("40000000")).isEqualTo('X');
        assertThat(CreditCode.organisationCheckCharacter("00000000")).isEqualTo('0');
    }

    private static void assertRejected(String text, String code, Object... args) {
        assertThat(CreditCode.problem(text)).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(problem.args()).containsExactly(args);
        });
        assertThatThrownBy(() -> CreditCode.parse(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
