package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

class PhoneNumberTests {

    @Test
    void a_mainland_mobile_number_is_accepted_with_spaces_and_country_code_and_shown_masked() {
        PhoneNumber phone = PhoneNumber.parse("+86 138-0013-1234");

        assertThat(phone.value()).isEqualTo("13800131234");
        assertThat(phone.toString()).isEqualTo("138****1234");
    }

    @Test
    void numbers_that_are_not_mainland_mobiles_are_rejected() {
        for (String text : new String[] {"12800131234", "1380013123", "138001312345", "0571-8888888", ""}) {
            assertThatThrownBy(() -> PhoneNumber.parse(text))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("phone-invalid"));
        }
    }
}
