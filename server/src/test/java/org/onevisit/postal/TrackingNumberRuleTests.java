package org.onevisit.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

class TrackingNumberRuleTests {

    private final TrackingNumberRule rule = new TrackingNumberRule("[A-Z]{2}\\d{9}[A-Z]{2}|\\d{10,20}", true);

    @Test
    void an_s10_number_is_kept_upper_case_without_the_spaces_the_clerk_typed() {
        assertThat(rule.parse(" ea 1234 5678 5cn ")).isEqualTo("EA123456785CN");
    }

    @Test
    void the_check_digit_follows_upu_s10_including_its_two_special_cases() {
        assertThat(TrackingNumberRule.checkDigit("12345678")).isEqualTo(5);
        // sum 0: 11 - 0 = 11, written 5
        assertThat(TrackingNumberRule.checkDigit("00000000")).isEqualTo(5);
        // sum 1 x 8 + 1 x 6 + 1 x 4 + 1 x 2 + 0 ... = 20, 20 mod 11 = 9, 11 - 9 = 2
        assertThat(TrackingNumberRule.checkDigit("11110000")).isEqualTo(2);
    }

    @Test
    void a_mistyped_digit_is_caught_by_the_check_digit() {
        assertThatThrownBy(() -> rule.parse("EA123456789CN")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("postal-tracking-number-check-digit"));
    }

    @Test
    void a_domestic_carrier_number_is_digits_only() {
        assertThat(rule.parse("9876543210123")).isEqualTo("9876543210123");
        assertThatThrownBy(() -> rule.parse("12345")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("postal-tracking-number-invalid"));
        assertThatThrownBy(() -> rule.parse("EA12345678CN")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).containsEntry("field", "trackingNumber"));
    }

    @Test
    void the_centre_may_switch_the_check_digit_off_and_name_its_own_numbers() {
        TrackingNumberRule local = new TrackingNumberRule("[A-Z]{2}\\d{9}[A-Z]{2}|YM\\d{8}", false);
        assertThat(local.parse("EA123456789CN")).isEqualTo("EA123456789CN");
        assertThat(local.parse("YM12345678")).isEqualTo("YM12345678");
    }
}
