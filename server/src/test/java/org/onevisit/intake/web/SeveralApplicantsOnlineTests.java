package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.notification.Notifications;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A house sale (YJS-BDCJY: a buyer and a seller, at least one each) applied for online: the one form asks for the other
 * applicants with the counter's rules and messages, rows added and removed without script; each applicant, once
 * verified, finds the case among their own, and every applicant with a phone gets its text messages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeveralApplicantsOnlineTests {

    static final String BUNDLE = "YJS-BDCJY";
    static final String PASSWORD = "Seller-Pass-2027";

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    ApplicantAccounts accounts;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Notifications notifications;

    @Autowired
    org.onevisit.people.Actors actors;

    /** A verified account of a new applicant, as a counter clerk left it: its principal. */
    private String verifiedAccount(String id, String phone) {
        String principal = accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "卖方乙",
                phone, null, PASSWORD)).principal();
        accounts.verifyIdentity(ApplicantKind.NATURAL_PERSON, id, actors.of("clerk"));
        return principal;
    }

    private MockMultipartHttpServletRequestBuilder form(RequestPostProcessor applicant, String key) {
        return multipart("/portal/cases").with(applicant).with(csrf()).param("subject", BUNDLE)
                .param("idempotencyKey", key);
    }

    /** The demo applicant (verified), logged in: the buyer. */
    private RequestPostProcessor demoApplicant() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("330999199003071233")
                .password("demo1234")).andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    @Test
    void the_form_asks_for_each_role_and_adds_and_removes_rows_without_script() throws Exception {
        RequestPostProcessor buyer = demoApplicant();
        mvc.perform(get("/portal/cases/new").param("subject", BUNDLE).with(buyer)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("您的角色"), containsString("name=\"role\""),
                        containsString("name=\"co_0_identifier\""), containsString("添加申请人"),
                        not(containsString("name=\"co_1_identifier\"")))));
        String key = WorkbenchPagesTests.key();
        mvc.perform(form(buyer, key).param("role", "buyer").param("co_0_role", "seller").param("co_0_name", "卖方丙")
                        .param("co_0_identifier", "110105194912310021").param("co_0_phone", "13900002222")
                        .param("step", "addApplicant"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"卖方丙\""), containsString("name=\"co_1_name\""),
                        containsString("删除申请人 3"))));
        mvc.perform(form(buyer, key).param("role", "buyer").param("co_0_role", "seller").param("co_0_name", "卖方丙")
                        .param("co_0_identifier", "").param("co_0_phone", "").param("co_1_role", "seller")
                        .param("co_1_name", "卖方丁").param("co_1_identifier", "").param("co_1_phone", "")
                        .param("removeApplicant", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"卖方丁\""), not(containsString("卖方丙")),
                        not(containsString("name=\"co_1_name\"")))));
        assertThat(intake.byIdempotencyKey(key)).isEmpty();
    }

    @Test
    void a_wrong_id_number_or_a_missing_seller_is_told_with_the_counters_messages_and_nothing_is_stored()
            throws Exception {
        RequestPostProcessor buyer = demoApplicant();
        String key = WorkbenchPagesTests.key();
        mvc.perform(form(buyer, key).param("mode", "submit").param("role", "buyer").param("co_0_role", "seller")
                        .param("co_0_name", "卖方戊").param("co_0_identifier", "110105194912310022")
                        .param("co_0_phone", "13900003333").param("delivery", "PICKUP"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("其他申请人的信息有误"), containsString("校验"),
                        containsString("value=\"卖方戊\""), containsString("value=\"13900003333\""))));
        mvc.perform(form(buyer, key).param("mode", "submit").param("role", "buyer").param("co_0_role", "buyer")
                        .param("co_0_name", "买方己").param("co_0_identifier", TestIdentities.aResidentIdNumber())
                        .param("co_0_phone", "13900004444"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("缺少卖方")));
        assertThat(intake.byIdempotencyKey(key)).isEmpty();
    }

    @Test
    void the_seller_named_online_finds_the_case_once_verified_and_both_get_the_acceptance_message() throws Exception {
        String sellerId = TestIdentities.aResidentIdNumber();
        RequestPostProcessor buyer = demoApplicant();
        MockMultipartHttpServletRequestBuilder applying = multipart("/portal/cases");
        intake.materialsOf(BUNDLE, true).forEach(m -> applying.file(new MockMultipartFile("file_" + m.key(),
                m.key() + ".png", "image/png", PortalCasePagesTests.PNG)));
        String location = mvc.perform(applying.with(buyer).with(csrf()).param("subject", BUNDLE)
                        .param("idempotencyKey", WorkbenchPagesTests.key()).param("mode", "submit")
                        .param("role", "buyer").param("co_0_role", "seller").param("co_0_name", "卖方乙")
                        .param("co_0_identifier", sellerId).param("co_0_phone", "13900005555"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/portal/cases/".length(), location.indexOf('?'));
        IntakeCase c = intake.find(number);
        assertThat(c.parties().applicantRole()).isEqualTo("buyer");
        assertThat(c.parties().coApplicants()).singleElement()
                .satisfies(o -> assertThat(o.applicant().identifier()).isEqualTo(sellerId));

        String seller = verifiedAccount(sellerId, "13900005555");
        RequestPostProcessor asSeller = user(seller).roles("APPLICANT");
        mvc.perform(get("/api/v1/me/cases").param("size", "100").with(asSeller)).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/api/v1/cases/" + number).with(asSeller)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\"role\":\"seller\""),
                        not(containsString("330999199003071233")), not(containsString(sellerId)))));
        mvc.perform(get("/portal/cases/" + number).with(asSeller)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("（卖方）"), containsString("（买方）"),
                        not(containsString("330999199003071233")), not(containsString("13900005555")))));

        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(notifications.about(number)).filteredOn(m -> m.kind().equals("accepted"))
                .extracting(Notifications.Message::maskedPhone).hasSize(2).contains("139****5555");
        mvc.perform(get("/portal/messages").with(asSeller))
                .andExpect(content().string(allOf(containsString(number), containsString("已受理"))));
    }

    @Test
    void a_co_applicant_of_a_counter_case_lists_it_and_an_unverified_one_does_not() throws Exception {
        String sellerId = TestIdentities.aResidentIdNumber();
        String number = intake.submit(aCase().ofBundle(BUNDLE).on(Channel.COUNTER).inRole("buyer")
                .withApplicant(aPerson().identifiedBy(TestIdentities.aResidentIdNumber()).named("买方庚"))
                .withCoApplicant("seller", aPerson().identifiedBy(sellerId).named("卖方辛").withPhone("13900006666"))
                .build(), "clerk").number().value();
        String unverified = accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, sellerId,
                "卖方辛", "13900006666", null, PASSWORD)).principal();
        mvc.perform(get("/api/v1/me/cases").with(user(unverified).roles("APPLICANT")))
                .andExpect(content().string(allOf(not(containsString(number)), containsString("\"total\":0"))));
        mvc.perform(get("/api/v1/cases/" + number).with(user(unverified).roles("APPLICANT")))
                .andExpect(status().isNotFound());

        accounts.verifyIdentity(ApplicantKind.NATURAL_PERSON, sellerId, actors.of("clerk"));
        mvc.perform(get("/api/v1/me/cases").with(user(unverified).roles("APPLICANT")))
                .andExpect(content().string(allOf(containsString(number), containsString("\"total\":1"))));
        mvc.perform(get("/portal/cases").with(user(unverified).roles("APPLICANT")))
                .andExpect(content().string(containsString(number)));
    }
}
