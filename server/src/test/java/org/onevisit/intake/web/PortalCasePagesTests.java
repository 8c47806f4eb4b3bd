package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The demo applicant applies online, uploads a missing material and withdraws; nobody else sees the case. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalCasePagesTests {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CatalogEditing editing;

    MockHttpSession session;

    @BeforeEach
    void the_demo_applicant_logs_in() throws Exception {
        WorkbenchPagesTests.load(editing);
        session = (MockHttpSession) mvc.perform(formLogin("/login").user("330999199003071233").password("demo1234"))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }

    @Test
    void the_applicant_asks_for_a_pre_check_uploads_a_missing_material_and_withdraws() throws Exception {
        mvc.perform(get("/portal/cases/new").session(session).param("q", "受理台测试"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(WorkbenchPagesTests.ITEM)));
        mvc.perform(get("/portal/cases/new").session(session).param("subject", WorkbenchPagesTests.ITEM))
                .andExpect(content().string(allOf(containsString("name=\"upload_M1\""), containsString("授权委托书"),
                        containsString("idempotencyKey"))));
        String key = WorkbenchPagesTests.key();
        String location = mvc.perform(post("/portal/cases").session(session).with(csrf())
                        .param("subject", WorkbenchPagesTests.ITEM).param("idempotencyKey", key)
                        .param("upload_M1", "true").param("mode", "preCheck"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/portal/cases/".length());
        IntakeCase c = intake.find(number);
        assertThat(c.status()).isEqualTo(CaseStatus.PRE_CHECK);
        assertThat(c.application().channel()).isEqualTo(Channel.WEB);
        assertThat(c.parties().applicant().identifier()).isEqualTo("330999199003071233");
        assertThat(c.materials()).extracting(m -> m.status()).containsExactly(MaterialStatus.PROVIDED, MaterialStatus.MISSING);

        mvc.perform(get("/portal/cases").session(session)).andExpect(content().string(containsString(number)));
        mvc.perform(get(location).session(session))
                .andExpect(content().string(allOf(containsString("网上预审中"), containsString("type=\"file\""))));

        mvc.perform(multipart(location + "/materials/M2").file(new MockMultipartFile("file", "委托书.png", "image/png", PNG))
                        .session(session).with(csrf()).param("version", String.valueOf(c.version())))
                .andExpect(status().is3xxRedirection());
        IntakeCase uploaded = intake.find(number);
        assertThat(uploaded.materials().get(1).status()).isEqualTo(MaterialStatus.PROVIDED);
        assertThat(uploaded.materials().get(1).files()).hasSize(1);

        mvc.perform(multipart(location + "/materials/M2").session(session).with(csrf()).param("version", "0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择要上传的文件")));

        mvc.perform(post(location + "/withdraw").session(session).with(csrf())
                        .param("version", String.valueOf(uploaded.version())).param("reason", "不再需要"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void another_applicant_does_not_find_the_case() throws Exception {
        String location = mvc.perform(post("/portal/cases").session(session).with(csrf())
                        .param("subject", WorkbenchPagesTests.ITEM).param("idempotencyKey", WorkbenchPagesTests.key())
                        .param("mode", "submit"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(intake.find(location.substring("/portal/cases/".length())).status()).isEqualTo(CaseStatus.RECEIVED);
        mvc.perform(get(location).with(user("applicant-999999999").roles("APPLICANT")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有找到这个办件")));
    }
}
