package org.onevisit.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onevisit.audit.AuditTrail;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The counter's identity verification page (实名核验): the clerk finds the account, types the number from the card,
 * confirms having seen it, and verifies — with the API's rule and audit; each refusal said in the clerk's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityCheckPageTests {

    static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicantAccounts accounts;

    @Autowired
    AuditTrail trail;

    private String anAccount(String id) {
        return accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "核验人", "13700001212",
                null, "Verify-Pass-2027")).principal();
    }

    @Test
    void the_clerk_finds_the_account_confirms_the_card_and_verifies_it_audited() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        String principal = anAccount(id);
        mvc.perform(get("/staff/identity-verifications").with(CLERK)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("实名核验"), containsString("name=\"lookup\""))));
        mvc.perform(post("/staff/identity-verifications/lookup").with(CLERK).with(csrf()).param("lookup", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(principal), containsString("未核验"),
                        containsString("name=\"identifier\""), not(containsString(id)), containsString("137****1212"))));

        mvc.perform(post("/staff/identity-verifications").with(CLERK).with(csrf()).param("account", principal)
                        .param("identifier", id))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请先查验证件原件")));
        String other = TestIdentities.aResidentIdNumber();
        mvc.perform(post("/staff/identity-verifications").with(CLERK).with(csrf()).param("account", principal)
                        .param("identifier", other).param("seen", "on"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("与该账号的号码不一致"), containsString(other))));
        assertThat(accounts.profile(principal).orElseThrow().identityVerified()).isFalse();

        mvc.perform(post("/staff/identity-verifications").with(CLERK).with(csrf()).param("account", principal)
                        .param("identifier", id).param("seen", "on"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", containsString("核验人")));
        assertThat(accounts.profile(principal).orElseThrow().identityVerified()).isTrue();
        assertThat(trail.history("applicant", principal)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("verifyIdentity");
            assertThat(r.actor()).isEqualTo("clerk");
            assertThat(r.channel()).isEqualTo("WEB");
        });

        mvc.perform(post("/staff/identity-verifications/lookup").with(CLERK).with(csrf()).param("lookup", principal))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("该账号已核验"),
                        not(containsString("name=\"identifier\"")))));
        mvc.perform(post("/staff/identity-verifications").with(CLERK).with(csrf()).param("account", principal)
                        .param("identifier", id).param("seen", "on").param("lang", "en"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("verified already")));
    }

    @Test
    void an_unknown_account_is_said_and_the_api_refuses_a_second_verification_the_same_way() throws Exception {
        mvc.perform(post("/staff/identity-verifications/lookup").with(CLERK).with(csrf())
                        .param("lookup", TestIdentities.aResidentIdNumber()))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有找到该申请人账号")));
        mvc.perform(post("/staff/identity-verifications/lookup").with(CLERK).with(csrf()).param("lookup", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请输入身份证号码")));

        String id = TestIdentities.aResidentIdNumber();
        String principal = anAccount(id);
        String body = "{\"kind\": \"NATURAL_PERSON\", \"idNumber\": \"" + id + "\"}";
        mvc.perform(post("/api/v1/applicants/identity-verifications").with(CLERK).with(csrf())
                        .contentType("application/json").content(body))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"identityVerified\":true")));
        mvc.perform(post("/api/v1/applicants/identity-verifications").with(CLERK).with(csrf())
                        .contentType("application/json").content(body))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("该账号已核验")));
        assertThat(trail.history("applicant", principal)).singleElement()
                .satisfies(r -> assertThat(r.channel()).isEqualTo("API"));
    }

    @Test
    void only_a_clerk_opens_the_page() throws Exception {
        mvc.perform(get("/staff/identity-verifications").with(user("zjj-reviewer").roles("REVIEWER")))
                .andExpect(status().isForbidden());
    }
}
