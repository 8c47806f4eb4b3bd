package org.onevisit.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The counter's deliveries page: results by state and the clerk's next step. */
@SpringBootTest(properties = "onevisit.delivery.callback-secret=" + DeliveryStoriesTests.SECRET)
@AutoConfigureMockMvc
@Import(DeliveryStoriesTests.Delivered.class)
class DeliveryPagesTests {

    private static final RequestPostProcessor CLERK = user("clerk-dlv").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @Autowired
    org.onevisit.catalog.CatalogEditing catalog;

    @Autowired
    org.onevisit.intake.Intake intake;

    @Autowired
    org.onevisit.intake.CounterDecisions decisions;


    @Autowired
    Deliveries deliveries;

    @Autowired
    org.onevisit.people.StaffAccounts staff;

    @org.junit.jupiter.api.BeforeEach
    void the_items_are_in_the_catalog() {
        DeliveryStoriesTests.load(catalog, staff);
    }

    private String decidedCase(String item) {
        String number = DeliveryStoriesTests.accepted(intake, decisions, item, false);
        DeliveryStoriesTests.openDelivery(deliveries, intake, number);
        return number;
    }

    @Test
    void a_clerk_sees_the_results_waiting_and_lays_one_out_for_pickup() throws Exception {
        String number = decidedCase("XK-TDLV-001");

        String page = mvc.perform(get("/staff/deliveries").with(CLERK))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("结果送达").contains(number).contains("登记寄件");

        mvc.perform(post("/staff/deliveries/{n}/pickup", number).with(CLERK).with(csrf()))
                .andExpect(redirectedUrl("/staff/deliveries?status=AWAITING_CHOICE"))
                .andExpect(flash().attributeExists("done"));
        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.PICKUP_READY);
    }

    @Test
    void a_booking_with_a_missing_field_or_against_the_rules_is_told_on_the_page() throws Exception {
        String number = decidedCase("XK-TDLV-002");

        mvc.perform(post("/staff/deliveries/{n}/express", number).with(CLERK).with(csrf())
                        .param("recipient", "王五").param("phone", "").param("address", "浙江省杭州市西湖区文三路100号")
                        .param("carrier", "中国邮政EMS").param("trackingNumber", "EMS" + UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("联系电话")));
        mvc.perform(post("/staff/deliveries/{n}/express", number).with(CLERK).with(csrf())
                        .param("recipient", "王五").param("phone", "13912345678").param("address", "浙江省杭州市西湖区文三路100号")
                        .param("carrier", "中国邮政EMS").param("trackingNumber", "EMS" + UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("不支持快递送达")));
        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
    }

    @Test
    void a_reviewer_sees_the_page_but_cannot_hand_results_over() throws Exception {
        String number = decidedCase("XK-TDLV-001");

        mvc.perform(get("/staff/deliveries").with(user("rv-dlv").roles("REVIEWER"))).andExpect(status().isOk());
        mvc.perform(post("/staff/deliveries/{n}/pickup", number).with(user("rv-dlv").roles("REVIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
    }
}
