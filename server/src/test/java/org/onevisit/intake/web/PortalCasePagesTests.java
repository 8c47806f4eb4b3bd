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

import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

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

    @Autowired
    org.onevisit.people.ApplicantAccounts accounts;

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
                .andExpect(content().string(allOf(containsString("name=\"file_M1\""), containsString("授权委托书"),
                        containsString("idempotencyKey"), containsString("每个文件不超过 20 MB"),
                        containsString("value=\"EXPRESS\""))));
        String key = WorkbenchPagesTests.key();
        String location = mvc.perform(multipart("/portal/cases").file(new MockMultipartFile("file_M1", "申请书.png",
                                "image/png", PNG)).session(session).with(csrf())
                        .param("subject", WorkbenchPagesTests.ITEM).param("idempotencyKey", key)
                        .param("delivery", "EXPRESS").param("recipient", "张三").param("deliveryPhone", "13800000001")
                        .param("address", "示例市人民路 100 号 3 幢 201 室").param("mode", "preCheck"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        location = location.substring(0, location.indexOf('?'));
        String number = location.substring("/portal/cases/".length());
        IntakeCase c = intake.find(number);
        assertThat(c.status()).isEqualTo(CaseStatus.PRE_CHECK);
        assertThat(c.application().channel()).isEqualTo(Channel.WEB);
        assertThat(c.parties().applicant().identifier()).isEqualTo("330999199003071233");
        assertThat(c.materials()).extracting(m -> m.status()).containsExactly(MaterialStatus.PROVIDED, MaterialStatus.MISSING);
        assertThat(c.materials().get(0).files()).hasSize(1);
        assertThat(c.parties().form()).containsEntry("delivery.method", "EXPRESS")
                .containsEntry("delivery.address", "示例市人民路 100 号 3 幢 201 室");

        mvc.perform(get("/portal/cases").session(session)).andExpect(content().string(containsString(number)));
        mvc.perform(get(location).session(session))
                .andExpect(content().string(allOf(containsString("网上预审中"), containsString("type=\"file\""),
                        containsString("申请书.png"), containsString("预审结果"), containsString("还缺少 1 项"),
                        containsString("快递送达"), not(containsString("人民路 100 号 3 幢")))));
        // the page links each file to its one address, which the page's session opens
        String href = "/api/v1/cases/" + number + "/materials/M1/files/" + c.materials().get(0).files().get(0);
        mvc.perform(get(location).session(session)).andExpect(content().string(containsString(href)));
        mvc.perform(get(href).session(session))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(PNG));

        mvc.perform(multipart(location + "/materials/M2").file(new MockMultipartFile("file", "委托书.png", "image/png", PNG))
                        .session(session).with(csrf()).param("version", String.valueOf(c.version())))
                .andExpect(status().is3xxRedirection());
        IntakeCase uploaded = intake.find(number);
        assertThat(uploaded.materials().get(1).status()).isEqualTo(MaterialStatus.PROVIDED);
        assertThat(uploaded.materials().get(1).files()).hasSize(1);

        mvc.perform(multipart(location + "/materials/M2").session(session).with(csrf()).param("version", "0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择要上传的文件")));

        mvc.perform(get(location + "/withdraw").session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("确认撤回")));
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
        location = location.substring(0, location.indexOf('?'));
        assertThat(intake.find(location.substring("/portal/cases/".length())).status()).isEqualTo(CaseStatus.RECEIVED);
        mvc.perform(get(location).with(user("applicant-999999999").roles("APPLICANT")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有找到这个办件")));
    }

    @Test
    void a_file_that_is_no_pdf_image_or_ofd_is_refused_and_no_case_is_stored() throws Exception {
        String key = WorkbenchPagesTests.key();
        mvc.perform(multipart("/portal/cases").file(new MockMultipartFile("file_M1", "申请书.png", "image/png",
                        "not an image at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))).session(session).with(csrf())
                        .param("subject", WorkbenchPagesTests.ITEM).param("idempotencyKey", key).param("mode", "submit"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("has-error")));
        assertThat(intake.byIdempotencyKey(key)).isEmpty();
    }

    @Test
    void express_without_an_address_is_told_beside_the_field() throws Exception {
        String key = WorkbenchPagesTests.key();
        mvc.perform(multipart("/portal/cases").session(session).with(csrf()).param("subject", WorkbenchPagesTests.ITEM)
                        .param("idempotencyKey", key).param("mode", "submit").param("delivery", "EXPRESS")
                        .param("recipient", "张三").param("deliveryPhone", "13800000001"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写详细地址")));
        assertThat(intake.byIdempotencyKey(key)).isEmpty();
    }

    @Test
    void a_case_filed_at_the_counter_under_the_verified_id_number_is_the_applicants_too() throws Exception {
        String number = intake.submit(aCase().of(WorkbenchPagesTests.ITEM).on(Channel.COUNTER)
                .withApplicant(aPerson().identifiedBy("330999199003071233").named("张三（演示）").withPhone("13800000001"))
                .build(), "clerk").number().value();
        mvc.perform(get("/portal/cases").session(session)).andExpect(content().string(allOf(containsString(number),
                containsString("包括在窗口办理的"))));
        mvc.perform(get("/portal/cases/" + number).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("综合窗口")));
        mvc.perform(get("/api/v1/cases/" + number).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/cases").param("size", "100").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(number), containsString("\"identityVerified\":true"))));
    }

    @Test
    void an_unverified_account_does_not_open_counter_cases_under_its_number() throws Exception {
        String id = org.onevisit.people.TestIdentities.aResidentIdNumber();
        String principal = accounts.register(new org.onevisit.people.ApplicantRegistration(
                org.onevisit.people.ApplicantKind.NATURAL_PERSON, id, "未核验人", "13700009999", null,
                "Unverified-Pass-2027")).principal();
        String number = intake.submit(aCase().of(WorkbenchPagesTests.ITEM).on(Channel.COUNTER)
                .withApplicant(aPerson().identifiedBy(id).named("未核验人").withPhone("13700009999")).build(), "clerk")
                .number().value();
        var applicant = user(principal).roles("APPLICANT");
        mvc.perform(get("/portal/cases/" + number).with(applicant)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + number).with(applicant)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases").with(applicant)).andExpect(content().string(not(containsString(number))));

        mvc.perform(post("/api/v1/applicants/identity-verifications").with(user("clerk").roles("CLERK")).with(csrf())
                        .contentType("application/json").content("{\"kind\": \"NATURAL_PERSON\", \"idNumber\": \"" + id + "\"}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"identityVerified\":true")));
        mvc.perform(get("/portal/cases/" + number).with(applicant)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/cases").with(applicant))
                .andExpect(content().string(allOf(containsString(number), containsString("\"total\":1"))));
    }
}
