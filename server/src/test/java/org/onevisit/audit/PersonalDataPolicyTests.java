package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataPolicyTests {

    @Test
    void an_id_number_keeps_its_region_and_its_last_four_characters() {
        assertThat(PersonalDataPolicy.mask("idNumber", "11010519491231002X")).isEqualTo("110105********002X");
        assertThat(PersonalDataPolicy.mask("applicant_id_number", "11010519491231002X")).isEqualTo("110105********002X");
        assertThat(PersonalDataPolicy.mask("IDCard", "11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void a_phone_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(PersonalDataPolicy.mask("phone", "13812341234")).isEqualTo("138****1234");
        assertThat(PersonalDataPolicy.mask("contactMobile", "13812341234")).isEqualTo("138****1234");
    }

    @Test
    void an_address_keeps_its_first_six_characters() {
        assertThat(PersonalDataPolicy.mask("deliveryAddress", "浙江省杭州市西湖区文三路1号")).isEqualTo("浙江省杭州市****");
        assertThat(PersonalDataPolicy.mask("address", "杭州")).isEqualTo("****");
    }

    @Test
    void a_natural_persons_name_keeps_the_family_name() {
        assertThat(PersonalDataPolicy.mask("contactName", "张三丰")).isEqualTo("张**");
    }

    @Test
    void masking_a_masked_value_changes_nothing() {
        Map<String, String> once = PersonalDataPolicy.mask(Map.of("idNumber", "11010519491231002X",
                "phone", "13812341234", "address", "浙江省杭州市西湖区", "personName", "李四"));
        assertThat(PersonalDataPolicy.mask(once)).isEqualTo(once);
    }

    @Test
    void public_data_stays_as_it_is() {
        Map<String, String> values = Map.of("creditCode", "91330100MA27ABCD1X", "companyName", "杭州某某有限公司",
                "status", "ACCEPTED", "caseNumber", "3309992026000001");
        assertThat(PersonalDataPolicy.mask(values)).isEqualTo(values);
    }

    @Test
    void a_value_too_short_to_keep_anything_is_masked_whole_without_telling_its_length() {
        assertThat(PersonalDataPolicy.mask("phone", "12345")).isEqualTo("****");
    }
}
