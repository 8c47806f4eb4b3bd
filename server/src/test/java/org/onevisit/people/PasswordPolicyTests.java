package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = PasswordPolicy.standard();
    private static final String ID = "330999199003071233";
    private static final PasswordPolicy.Holder PERSON = PasswordPolicy.Holder.applicant(ApplicantKind.NATURAL_PERSON, ID,
            "13800000001");
    private static final PasswordPolicy.Holder CLERK = PasswordPolicy.Holder.staff("wangmin");

    @Test
    void the_passwords_of_the_defect_report_are_refused() {
        assertThat(code("12345678", PERSON)).contains("password-too-common");
        assertThat(code("password", PERSON)).contains("password-too-common");
        assertThat(code(ID, PERSON)).contains("password-personal");
    }

    @Test
    void the_list_is_compared_in_lower_case_and_holds_chinese_favourites_keyboard_walks_and_years() {
        for (String common : List.of("5201314", "woaini1314", "Woaini1314", "qq123456", "QQ123456", "Aa123456",
                "1qaz@WSX", "1qaz2wsx", "Qwer1234", "P@ssw0rd", "Admin@123", "Huawei@123", "Password2024", "demo1234")) {
            assertThat(code(common, CLERK)).as(common).hasValueSatisfying(c ->
                    assertThat(c).isIn("password-too-common", "password-too-short"));
        }
        assertThat(CommonPasswords.shipped().size()).isBetween(3000, 10000);
    }

    @Test
    void a_password_needs_eight_characters_and_at_most_72_bytes() {
        assertThat(code("Ab1-xyz", CLERK)).contains("password-too-short");
        assertThat(code("甲乙丙丁戊己庚辛", CLERK)).contains("password-too-simple");
        assertThat(code("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地Ab1", CLERK)).contains("password-too-long");
        assertThat(code("Ab1-" + "x".repeat(68), CLERK)).isEmpty();
    }

    @Test
    void a_password_needs_three_of_four_kinds_of_character() {
        assertThat(code("correcthorse", CLERK)).contains("password-too-simple");
        assertThat(code("correcthorse77", CLERK)).contains("password-too-simple");
        assertThat(code("Correcthorse77", CLERK)).isEmpty();
        assertThat(code("correct-horse-77", CLERK)).isEmpty();
        assertThat(code("CORRECT HORSE 77", CLERK)).isEmpty();
        assertThat(code("正确的马battery7", CLERK)).isEmpty();
    }

    @Test
    void the_holders_login_id_number_birth_date_last_six_and_phone_are_refused_forwards_and_backwards() {
        assertThat(code("Wangmin-2024", CLERK)).contains("password-personal");
        assertThat(code("Nimgnaw-2024", CLERK)).contains("password-personal");
        assertThat(code("Xy-19900307", PERSON)).contains("password-personal");
        assertThat(code("Xy-071233!", PERSON)).contains("password-personal");
        assertThat(code("Tel:13800000001", PERSON)).contains("password-personal");
        assertThat(code("Tel:10000000831", PERSON)).contains("password-personal");
        assertThat(code("Xy-071233!", CLERK)).isEmpty();
    }

    @Test
    void the_refusal_is_a_domain_problem_with_a_stable_code() {
        Optional<DomainException> problem = POLICY.problem("abcdefgh", CLERK);

        assertThat(problem).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.code()).isEqualTo("password-too-common");
        });
    }

    private static Optional<String> code(String password, PasswordPolicy.Holder holder) {
        return POLICY.problem(password, holder).map(DomainException::code);
    }
}
