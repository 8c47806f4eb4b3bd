package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

class ResidentIdNumberTests {

    private static final Clock TODAY_2026_03_15 = Clock.fixed(
            LocalDate.of(2026, 3, 15).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    /** A made-up number of the example region with the given birth date and sequence, checksum completed. */
    static String madeUp(String birthDate, String sequence) {
        String first17 = "330999" + birthDate + sequence;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void the_example_of_the_standard_is_valid_and_its_check_character_is_X() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY_2026_03_15);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void a_lower_case_x_and_surrounding_spaces_are_forgiven() {
        assertThat(ResidentIdNumber.parse(" 11010519491231002x ", TODAY_2026_03_15).value())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void the_number_is_masked_in_its_text_form() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY_2026_03_15);

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo("110105********002X");
    }

    @Test
    void a_number_of_the_wrong_length_is_rejected_with_its_length() {
        assertRejected("1101051949123100", "resident-id-length", 16);
        assertRejected(null, "resident-id-length", 0);
    }

    @Test
    void a_letter_among_the_first_seventeen_characters_is_rejected_with_its_position() {
        assertRejected("1101051949A231002X", "resident-id-character", 11, "A");
        assertRejected("11010519491231002Y", "resident-id-character", 18, "Y");
    }

    @Test
    void a_wrong_check_character_is_rejected_with_the_expected_and_the_given_one() {
        assertRejected("110105194912310021", "resident-id-check", "X", "1");
    }

    @Test
    void a_birth_date_that_does_not_exist_is_rejected() {
        assertRejected(madeUp("19990230", "123"), "resident-id-birth-date", "19990230");
        assertRejected(madeUp("19991301", "123"), "resident-id-birth-date", "19991301");
    }

    @Test
    void the_leap_day_exists_only_in_leap_years() {
        assertThat(ResidentIdNumber.parse(madeUp("20000229", "123"), TODAY_2026_03_15).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
        assertRejected(madeUp("19000229", "123"), "resident-id-birth-date", "19000229");
        assertRejected(madeUp("20230229", "123"), "resident-id-birth-date", "20230229");
    }

    @Test
    void a_birth_date_after_today_is_rejected_and_today_is_accepted() {
        assertRejected(madeUp("20260316", "123"), "resident-id-birth-date-future", "2026-03-16");
        assertThat(ResidentIdNumber.parse(madeUp("20260315", "123"), TODAY_2026_03_15).birthDate())
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void a_birth_date_before_1900_is_rejected() {
        assertRejected(madeUp("18991231", "123"), "resident-id-birth-date-too-early", "1899-12-31");
    }

    @Test
    void the_constructor_refuses_what_parse_refuses_except_a_future_birth_date() {
        assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021")).isInstanceOf(DomainException.class);
        assertThat(new ResidentIdNumber(madeUp("20990101", "123")).birthDate()).isEqualTo(LocalDate.of(2099, 1, 1));
    }

    private static void assertRejected(String text, String code, Object... args) {
        assertThat(ResidentIdNumber.problem(text, TODAY_2026_03_15)).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(problem.args()).containsExactly(args);
        });
        assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY_2026_03_15))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
